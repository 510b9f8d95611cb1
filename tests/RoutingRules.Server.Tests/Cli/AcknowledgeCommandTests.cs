using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules ack</c> against a routing server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AcknowledgeCommandTests
{
    [Fact]
    public async Task Ack_AssignedLead_PrintsTheTimeAndTheDecisionThenKeepsIt()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-ack"), Proto.RouteLeadResponse.Parser);

        var (code, output, _) = await CliRunner.RunAsync("ack", "cli-ack", "--rep", "rep-0", "--server", server.Address.ToString());
        var (againCode, again, _) = await CliRunner.RunAsync("ack", "cli-ack", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Matches(@"^acked\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\r?\n", output);
        Assert.Contains(routed.DecisionId, output, StringComparison.Ordinal);
        Assert.Contains("Rep 0 (rep-0)", output, StringComparison.Ordinal);
        Assert.Equal(0, againCode);
        Assert.Contains("(acknowledged earlier; kept)", again, StringComparison.Ordinal);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public async Task Ack_RepWhoDoesNotHoldTheLead_ExitOneSayingWhoDoes()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-ack"), Proto.RouteLeadResponse.Parser);

        var (code, _, errors) = await CliRunner.RunAsync("ack", "cli-ack", "--rep", "rep-2", "--server", server.Address.ToString());

        Assert.Equal(1, code);
        Assert.Contains("FailedPrecondition", errors, StringComparison.Ordinal);
        Assert.Contains("Rep 0 (rep-0)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ack_UnknownLead_ExitOneNotFound()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);

        var (code, _, errors) = await CliRunner.RunAsync("ack", "no-such-lead", "--server", server.Address.ToString());

        Assert.Equal(1, code);
        Assert.Contains("NotFound", errors, StringComparison.Ordinal);
    }
}
