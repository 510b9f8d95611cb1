using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules outcome</c> against a routing server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OutcomeCommandTests
{
    [Fact]
    public async Task Outcome_RoutedLead_PrintsWhatWasRecordedThenKeepsIt()
    {
        using var dir = new TempDirectory();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await using var server = await RoutingTestServer.StartAsync(dir.Database, clock: clock);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-won"), Proto.RouteLeadResponse.Parser);
        clock.Now = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

        var (code, output, _) = await CliRunner.RunAsync("outcome", "--lead", "cli-won", "--outcome", "closed-lost", "--at", "2026-03-06T17:30:00Z", "--server", server.Address.ToString());
        var (againCode, again, _) = await CliRunner.RunAsync("outcome", "--lead", "cli-won", "--outcome", "closed_lost", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Equal($"lead       cli-won\ndecision   {routed.DecisionId}\noutcome    closed lost at 2026-03-06 17:30:00 UTC\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(0, againCode);
        Assert.Contains("closed lost at 2026-03-06 17:30:00 UTC  (recorded earlier, at 2026-03-09 08:00:00 UTC; kept)", again, StringComparison.Ordinal);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_outcomes"));
    }

    [Fact]
    public async Task Outcome_UnknownLead_ExitOneNotFound()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);

        var (code, _, errors) = await CliRunner.RunAsync("outcome", "--lead", "no-such-lead", "--outcome", "converted", "--server", server.Address.ToString());

        Assert.Equal(1, code);
        Assert.Contains("NotFound", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outcome_TimeBeforeTheDecision_ExitTwoNamingAt()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-early"), Proto.RouteLeadResponse.Parser);

        var (code, _, errors) = await CliRunner.RunAsync("outcome", "--lead", "cli-early", "--outcome", "converted", "--at", "2020-01-01T00:00:00Z", "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("  at: is before the decision in force", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lead", "L1", "--outcome", "won")]
    [InlineData("--lead", "L1")]
    [InlineData("--outcome", "converted")]
    [InlineData("--lead", "L1", "--outcome", "converted", "--at", "yesterday")]
    public async Task Outcome_BadCommandLine_ExitTwoWithoutCallingTheServer(params string[] args)
    {
        var (code, _, errors) = await CliRunner.RunAsync(["outcome", .. args, "--server", "http://127.0.0.1:9"]);

        Assert.Equal(2, code);
        Assert.NotEmpty(errors);
    }
}
