using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>outcome --lead ID --outcome converted [--at TIME] [--server URL] [--token T]</c>: records what
/// became of a routed lead (RecordOutcome) on its decision in force, and prints what was recorded.
/// </summary>
internal static class OutcomeCommand
{
    public static Command Create()
    {
        var lead = new Option<string>("--lead") { Description = "The lead (it must have been routed).", Required = true };
        var outcome = CliOptions.ProtoEnum<Proto.LeadOutcome>("--outcome", "What became of it; open reopens it.");
        // Required, so no default: the parser then says it is missing.
        outcome.DefaultValueFactory = null;
        outcome.Required = true;
        var at = CliOptions.Instant("--at", "When it happened (ISO 8601, e.g. 2026-11-24T09:50:00Z); default now.");
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("outcome", "Record what became of a routed lead (converted, closed-lost, disqualified, nurture, or open to reopen it).")
        {
            lead, outcome, at, server, token,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.RecordOutcomeRequest { LeadId = result.GetValue(lead) ?? string.Empty, Outcome = result.GetValue(outcome)!.Single() };
            if (result.GetValue(at) is { } when)
            {
                request.At = Timestamp.FromDateTimeOffset(when);
            }

            return RunAsync(result.GetValue(server)!, result.GetValue(token), request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, Proto.RecordOutcomeRequest request, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.RecordOutcomeAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, Console.Out);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.RecordOutcomeResponse response, TextWriter output)
    {
        output.WriteLine($"{"lead",-10} {response.LeadId}");
        output.WriteLine($"{"decision",-10} {response.DecisionId}");
        output.WriteLine($"{"outcome",-10} {DecisionPrinter.Words(response.Outcome.ToString())} at {Time(response.At)}"
            + (response.AlreadyRecorded ? $"  (recorded earlier, at {Time(response.RecordedAt)}; kept)" : string.Empty));
    }

    private static string Time(Timestamp t) => t.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
