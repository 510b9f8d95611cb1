using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules assign</c> against a routing server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AssignCommandTests
{
    [Fact]
    public async Task Assign_RoutedLead_PrintsTheManualDecisionAcknowledgedThenReplaysIt()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        var routed = await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-assign"), Proto.RouteLeadResponse.Parser);
        string[] args = ["assign", "cli-assign", "--rep", "rep-2", "--reason", "customer asked for Rep 2", "--by", "jane.ops", "--acknowledged", "--server", server.Address.ToString()];

        var (code, output, _) = await CliRunner.RunAsync(args);
        var (againCode, again, _) = await CliRunner.RunAsync(args);

        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^assignee\s+Rep 2 \(rep-2\)\r?$", output);
        Assert.Matches(@"(?m)^level\s+manual\r?$", output);
        Assert.Matches(@"(?m)^flags\s+manual assignment\r?$", output);
        Assert.Matches(@"(?m)^replaces\s+" + routed.DecisionId + @"\r?$", output);
        Assert.Matches(@"(?m)^reason\s+assigned by hand to Rep 2 \(rep-2\) by jane\.ops: customer asked for Rep 2\r?$", output);
        Assert.Matches(@"(?m)^acked\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\r?$", output);
        Assert.Equal(0, againCode);
        Assert.Contains("(replay of an earlier decision)", again, StringComparison.Ordinal);
        Assert.Equal(2, server.Count("SELECT count(*) FROM decisions"));
        Assert.Equal(1, server.Count("SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public async Task Assign_RepAtTheirCap_ExitOneSayingWhyAndNothingChanged()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);
        using var client = server.Client();
        await client.UnaryAsync(RoutingTestServer.RouteLead, RoutingTestServer.Request("cli-assign"), Proto.RouteLeadResponse.Parser);
        server.Store.UpsertRep(new Domain.Model.Rep { Id = "rep-2", Name = "Rep 2", OpenLeadsCap = 0 });

        var (code, _, errors) = await CliRunner.RunAsync("assign", "cli-assign", "--rep", "rep-2", "--reason", "why", "--server", server.Address.ToString());

        Assert.Equal(1, code);
        Assert.Contains("FailedPrecondition", errors, StringComparison.Ordinal);
        Assert.Contains("at or over their own cap of 0", errors, StringComparison.Ordinal);
        Assert.Equal(1, server.Count("SELECT count(*) FROM decisions"));
    }

    [Fact]
    public async Task Assign_UnknownLead_ExitOneNotFound()
    {
        using var dir = new TempDirectory();
        await using var server = await RoutingTestServer.StartAsync(dir.Database);

        var (code, _, errors) = await CliRunner.RunAsync("assign", "no-such-lead", "--rep", "rep-0", "--reason", "why", "--server", server.Address.ToString());

        Assert.Equal(1, code);
        Assert.Contains("NotFound", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_WithoutAReason_ExitTwoBeforeAnyCall()
    {
        var (code, _, errors) = await CliRunner.RunAsync("assign", "L1", "--rep", "rep-0", "--server", "http://127.0.0.1:9");

        Assert.Equal(2, code);
        Assert.Contains("--reason", errors, StringComparison.Ordinal);
    }
}
