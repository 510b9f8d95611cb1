using RoutingRules.Server.Hosting;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules route</c> against the demo server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RouteCommandTests
{
    [Fact]
    public async Task Route_AccountLead_PrintsTheDecision()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, output, _) = await RunAsync("route", "--id", "cli-acme", "--email", "jane@acmecorp.com", "--company", "Acme Corp",
            "--country", "FR", "--department", "13", "--demo-request", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Matches(@"lead\s+cli-acme", output);
        Assert.Matches(@"assignee\s+Emma Rossi \(", output);
        Assert.Matches(@"priority\s+hot", output);
    }

    [Theory]
    [InlineData(new string[0], "\"language\":\"en\"")]
    [InlineData(new[] { "--language", "fr" }, "\"language\":\"fr\"")]
    public async Task Route_Language_ReachesTheRules(string[] language, string expected)
    {
        // DOMAIN.md: the lead's language picks reps who speak it, English when unknown.
        await using var server = await TestServer.StartAsync(loadDemo: true);
        string[] route = ["route", "--id", "cli-lang", "--email", "d@shop-92.fr", "--country", "FR", "--department", "92", "--server", server.Address.ToString()];

        var (routeCode, _, _) = await RunAsync([.. route, .. language]);
        var (code, json, _) = await RunAsync("explain", "cli-lang", "--audience", "ops", "--json", "--server", server.Address.ToString());

        Assert.Equal(0, routeCode);
        Assert.Equal(0, code);
        Assert.Contains(expected, json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
