using System.CommandLine;
using System.Globalization;
using RoutingRules.Server.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Cli;

/// <summary>
/// <c>rules [--usage-days N] [--server URL] [--token T]</c>: every loaded rule with its priority,
/// tags and description; with <c>--usage-days</c>, how often each fired over that many days, the
/// dead ones and those to review.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var usageDays = CliOptions.WholeNumber("--usage-days", "Also say how often each rule fired over the decisions of the last N days (dead rules, rules to review).");
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("rules", "List the routing rules loaded by a running server.") { usageDays, server, token };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Proto.ListRulesRequest();
            if (result.GetValue(usageDays) is { } days)
            {
                request.UsageWindowDays = days;
            }

            return RunAsync(request, result.GetValue(server)!, result.GetValue(token), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(Proto.ListRulesRequest request, Uri server, string? token, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.ListRulesAsync(request, cancellationToken).ConfigureAwait(false);
            Print(response, request.HasUsageWindowDays, Console.Out);
            return 0;
        }).ConfigureAwait(false);
    }

    internal static void Print(Proto.ListRulesResponse response, bool usage, TextWriter output)
    {
        output.WriteLine($"rule set {response.RuleSetVersion}: {response.Rules.Count} rules");
        if (usage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fired over {response.UsageDecisions} {(response.UsageDecisions == 1 ? "decision" : "decisions")} since {response.UsageWindowStart.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC (review below {response.UsageReviewBelow * 100:0.#}%)"));
        }

        output.WriteLine($"{"priority",8}  {"name",-44} " + (usage ? $"{"fired (share)",-20}" : string.Empty) + "tags");
        foreach (var rule in response.Rules)
        {
            output.WriteLine($"{rule.Priority,8}  {rule.Name,-44} " + (usage ? $"{Usage(rule),-20}" : string.Empty) + string.Join(",", rule.Tags));
            if (rule.Description.Length > 0)
            {
                output.WriteLine($"{string.Empty,8}  {rule.Description}");
            }
        }
    }

    private static string Usage(Proto.RuleInfo rule) =>
        rule.Dead ? "0  DEAD"
        : string.Create(CultureInfo.InvariantCulture, $"{rule.FiredDecisions} ({rule.MatchRate * 100:0.0}%)") + (rule.NeedsReview ? " REVIEW" : string.Empty);
}
