using System.CommandLine;
using System.Globalization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>queue NAME [--limit N] [--server URL] [--token T]</c>: the leads waiting in a queue in the
/// order reps take them (highest score first, unknown scores last, then oldest first).
/// </summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Queue name, e.g. priority, default-pool, escalation." };
        var limit = CliOptions.WholeNumber("--limit", "Most leads to list, 1..1000 (default 50).");
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("queue", "List the leads waiting in a queue, ranked by lead score.") { name, limit, server, token };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.ListQueueRequest { Queue = result.GetValue(name) ?? string.Empty };
            if (result.GetValue(limit) is { } n)
            {
                request.Limit = n;
            }

            return RunAsync(result.GetValue(server)!, result.GetValue(token), request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, Proto.ListQueueRequest request, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.ListQueueAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, Console.Out);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.ListQueueResponse response, TextWriter output)
    {
        var status = response.Status;
        output.WriteLine($"queue {response.Queue}: {HealthCommand.Describe(status)}");
        if (response.Leads.Count == 0)
        {
            return;
        }

        output.WriteLine($"{"rank",4}  {"score",5}  {"waiting since (UTC)",-20} {"lead",-24} {"level",-16} {"treatment",-24} {"priority",-8} {"decision",-20} taken up (UTC)");
        for (var i = 0; i < response.Leads.Count; i++)
        {
            var lead = response.Leads[i];
            var score = lead.HasScore ? lead.Score.ToString(CultureInfo.InvariantCulture) : "-";
            var since = lead.DecidedAt.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var taken = lead.AcknowledgedAt is { } at ? at.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"{i + 1,4}  {score,5}  {since,-20} {lead.LeadId,-24} {lead.Level,-16} {lead.Treatment,-24} {lead.Priority,-8} {lead.DecisionId,-20} {taken}");
        }

        if (response.Leads.Count < status.Length)
        {
            output.WriteLine($"({status.Length - response.Leads.Count} more not listed; use --limit)");
        }
    }
}
