using System.CommandLine;
using System.Globalization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>ack LEAD_ID [--rep REP] [--server URL] [--token T]</c>: records that the lead's assignee acted
/// on it (AcknowledgeLead), so it is not escalated, and prints the decision in force.
/// </summary>
internal static class AcknowledgeCommand
{
    public static Command Create()
    {
        var lead = new Argument<string>("LEAD_ID") { Description = "The lead acted on." };
        var rep = new Option<string?>("--rep") { Description = "The rep acknowledging: refused unless that rep holds the lead." };
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("ack", "Acknowledge a lead for its assignee: it is then never escalated for lack of response.") { lead, rep, server, token };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.AcknowledgeLeadRequest { LeadId = result.GetValue(lead) ?? string.Empty };
            if (result.GetValue(rep) is { } repId)
            {
                request.RepId = repId;
            }

            return RunAsync(result.GetValue(server)!, result.GetValue(token), request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, Proto.AcknowledgeLeadRequest request, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.AcknowledgeAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, Console.Out, DateTimeOffset.UtcNow);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.AcknowledgeLeadResponse response, TextWriter output, DateTimeOffset now)
    {
        var at = response.AcknowledgedAt.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        output.WriteLine($"{"acked",-10} {at}" + (response.AlreadyAcknowledged ? "  (acknowledged earlier; kept)" : string.Empty));
        DecisionPrinter.Print(response.Decision, output, now);
    }
}
