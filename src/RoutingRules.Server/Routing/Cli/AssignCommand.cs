using System.CommandLine;
using System.Globalization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>assign LEAD_ID --rep REP --reason TEXT [--by NAME] [--acknowledged] [--server URL] [--token T]</c>:
/// hands a lead to a rep by hand (AssignLead) and prints the new decision as <c>route</c> does.
/// </summary>
internal static class AssignCommand
{
    public static Command Create()
    {
        var lead = new Argument<string>("LEAD_ID") { Description = "The lead to assign (it must have been routed)." };
        var rep = new Option<string>("--rep") { Description = "The rep who takes it.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in one line: recorded with the decision and told to the rep.", Required = true };
        var by = new Option<string?>("--by") { Description = "Who assigns it (your name), recorded and told to the rep." };
        var acknowledged = new Option<bool>("--acknowledged") { Description = "The rep takes it up now: recorded acknowledged, never escalated." };
        var server = CliOptions.Server();
        var token = new Option<string?>("--token")
        {
            Description = $"Bearer token (default: ${CliOptions.AdminTokenVariable}, else ${CliOptions.RoutingTokenVariable}).",
        };
        var command = new Command("assign", "Assign a lead to a rep by hand (manual review, or taking it from another rep).")
        {
            lead, rep, reason, by, acknowledged, server, token,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.AssignLeadRequest
            {
                LeadId = result.GetValue(lead) ?? string.Empty,
                RepId = result.GetValue(rep) ?? string.Empty,
                Reason = result.GetValue(reason) ?? string.Empty,
                Acknowledged = result.GetValue(acknowledged),
            };
            if (result.GetValue(by) is { } name)
            {
                request.AssignedBy = name;
            }

            // The admin token when the environment has one: a server with an admin token asks for it.
            var bearer = result.GetValue(token)
                ?? CliOptions.NullIfEmpty(Environment.GetEnvironmentVariable(CliOptions.AdminTokenVariable))
                ?? CliOptions.NullIfEmpty(Environment.GetEnvironmentVariable(CliOptions.RoutingTokenVariable));
            return RunAsync(result.GetValue(server)!, bearer, request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, Proto.AssignLeadRequest request, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.AssignAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, Console.Out, DateTimeOffset.UtcNow);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.AssignLeadResponse response, TextWriter output, DateTimeOffset now)
    {
        DecisionPrinter.Print(response.Decision, output, now);
        if (response.AcknowledgedAt is { } at)
        {
            output.WriteLine($"{"acked",-10} {at.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}");
        }
    }
}
