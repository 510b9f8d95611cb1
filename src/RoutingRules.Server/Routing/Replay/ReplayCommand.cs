using System.CommandLine;
using Google.Protobuf;
using RoutingRules.Grpc;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Routing.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Replay;

/// <summary>
/// <c>replay LEADS.jsonl [--server URL] [--against URL]</c>: the sandbox of DOMAIN.md §8. Each lead
/// of the file (one protobuf-JSON <c>Lead</c> per line, as the backend sent it to RouteLead) is
/// evaluated as a dry run on <c>--server</c> (which changes nothing) and compared with the decision
/// in force for it on <c>--against</c> (the same server by default): the leads a rule or policy
/// change would send elsewhere, before it goes live.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("LEADS") { Description = "JSON lines: one Lead per line (protobuf JSON field names, e.g. {\"id\":\"L1\",\"email\":\"jane@acme.com\",\"country\":\"FR\"})." };
        var server = CliOptions.Server();
        var against = CliOptions.Address(
            "--against", "The server whose decisions in force the dry runs are compared with (default: --server). Run the candidate rules or policy on --server, production on --against.");
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("replay", "Dry-run a file of leads and compare with the decisions in force: what a rule or policy change would send elsewhere. Changes nothing.")
        {
            file, server, against, token,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"error: {path.FullName} does not exist.");
                return Task.FromResult(CliErrors.BadInput);
            }

            var candidate = result.GetValue(server)!;
            return RunAsync(path, candidate, result.GetValue(against) ?? candidate, result.GetValue(token), Console.Out, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, Uri candidate, Uri actual, string? token, TextWriter output, CancellationToken cancellationToken)
    {
        using var dryRuns = RoutingClient.Create(candidate, token);
        using var inForce = actual == candidate ? null : RoutingClient.Create(actual, token);
        var counts = new Dictionary<ReplayOutcome, int>();
        var line = 0;
        foreach (var text in File.ReadLines(file.FullName))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var outcome = await ReplayAsync(line, text, dryRuns, inForce ?? dryRuns, output, cancellationToken).ConfigureAwait(false);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }

        ReplayReport.Summary(counts, candidate, actual, output);
        return ReplayReport.ExitCode(counts);
    }

    private static async Task<ReplayOutcome> ReplayAsync(
        int line, string text, RoutingClient dryRuns, RoutingClient inForce, TextWriter output, CancellationToken cancellationToken)
    {
        Proto.Lead lead;
        try
        {
            lead = JsonParser.Default.Parse<Proto.Lead>(text);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException)
        {
            output.WriteLine($"line {line}: not a lead: {e.Message}");
            return ReplayOutcome.Invalid;
        }

        try
        {
            var replayed = await dryRuns.ExplainAsync(new Proto.ExplainRouteRequest { Lead = lead }, cancellationToken).ConfigureAwait(false);
            Proto.ExplainRouteResponse actual;
            try
            {
                actual = await inForce.ExplainAsync(new Proto.ExplainRouteRequest { LeadId = lead.Id }, cancellationToken).ConfigureAwait(false);
            }
            catch (GrpcStatusException e) when (e.StatusCode == StatusCode.NotFound)
            {
                output.WriteLine($"{lead.Id}: not routed before; now {ReplayComparison.Describe(replayed.Decision)}");
                return ReplayOutcome.NotRoutedBefore;
            }

            var outcome = ReplayComparison.Compare(actual.Decision, replayed.Decision);
            if (outcome == ReplayOutcome.Changed)
            {
                output.WriteLine($"{lead.Id}: {ReplayComparison.Describe(actual.Decision)} -> {ReplayComparison.Describe(replayed.Decision)}");
            }

            return outcome;
        }
        catch (GrpcStatusException e)
        {
            output.WriteLine($"line {line} ({lead.Id}): {e.StatusCode}: {e.Detail}");
            return CliErrors.ExitCode(e) == CliErrors.BadInput ? ReplayOutcome.Invalid : ReplayOutcome.Failed;
        }
    }
}
