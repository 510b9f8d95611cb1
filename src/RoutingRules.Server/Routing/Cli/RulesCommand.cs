using System.CommandLine;
using RoutingRules.Server.Cli;

namespace RoutingRules.Server.Routing.Cli;

/// <summary><c>rules [--server URL] [--token T]</c>: every loaded rule with its priority, tags and description.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var server = CliOptions.Server();
        var token = CliOptions.Token(CliOptions.RoutingTokenVariable);
        var command = new Command("rules", "List the routing rules loaded by a running server.") { server, token };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(server)!, result.GetValue(token), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Uri server, string? token, CancellationToken cancellationToken)
    {
        using var client = RoutingClient.Create(server, token);
        return await CliErrors.CallAsync(server, async () =>
        {
            var response = await client.ListRulesAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"rule set {response.RuleSetVersion}: {response.Rules.Count} rules");
            Console.WriteLine($"{"priority",8}  {"name",-44} tags");
            foreach (var rule in response.Rules)
            {
                Console.WriteLine($"{rule.Priority,8}  {rule.Name,-44} {string.Join(",", rule.Tags)}");
                if (rule.Description.Length > 0)
                {
                    Console.WriteLine($"{string.Empty,8}  {rule.Description}");
                }
            }

            return 0;
        }).ConfigureAwait(false);
    }
}
