using System.CommandLine;
using RoutingRules.Server.Cli;
using RoutingRules.Server.Explain;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary><c>route --email ... --company ... --country ... [--server URL] [--token T]</c>: routes one lead and prints the decision.</summary>
internal static class RouteCommand
{
    public static Command Create()
    {
        var lead = new LeadOptions();
        var idempotencyKey = new Option<string?>("--idempotency-key")
        {
            Description = "Key that makes retries safe (default: the lead id); a key already used for another lead is refused.",
        };
        var reroute = new Option<bool>("--reroute") { Description = "Route again even if the lead id already has a decision." };
        var explain = new Option<bool>("--explain") { Description = "Also print why, in words (the assignee's view)." };
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("route", "Route one lead through a running server and print the decision.");
        foreach (var option in lead.All.Concat([idempotencyKey, reroute, explain, server, token]))
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.RouteLeadRequest { Lead = lead.ToLead(result), Reroute = result.GetValue(reroute) };
            if (result.GetValue(idempotencyKey) is { Length: > 0 } key)
            {
                request.IdempotencyKey = key;
            }

            return RunAsync(request, result.GetValue(server)!, result.GetValue(token), result.GetValue(explain), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Proto.RouteLeadRequest request, Uri server, string? token, bool explain, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var decision = await client.RouteAsync(request, cancellationToken).ConfigureAwait(false);
            DecisionPrinter.Print(decision, Console.Out, DateTimeOffset.UtcNow);
            return explain
                ? await ExplainClient.PrintAsync(server, token, new Proto.ExplainRouteRequest { DecisionId = decision.DecisionId }, json: false, cancellationToken).ConfigureAwait(false)
                : 0;
        }).ConfigureAwait(false);
    }
}
