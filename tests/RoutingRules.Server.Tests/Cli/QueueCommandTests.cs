using Google.Protobuf.WellKnownTypes;
using RoutingRules.Server.Hosting;
using RoutingRules.Server.Routing.Cli;
using RoutingRules.Server.Tests.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Cli;

/// <summary><c>routingrules queue</c> and <c>routingrules health</c> against the demo server.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class QueueCommandTests
{
    [Fact]
    public async Task Queue_DefaultPool_PrintsLeadsInRankOrder()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("cli-low", 15), ("cli-unscored", null), ("cli-high", 85));

        var (code, output, _) = await RunAsync("queue", "default-pool", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Contains("queue default-pool: 3 waiting (alert above 20)", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var order = new[] { "cli-high", "cli-low", "cli-unscored" }.Select(id => Array.FindIndex(lines, l => l.Contains(id, StringComparison.Ordinal))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
        Assert.Matches(@"\n\s+3\s+-\s", output);
    }

    [Fact]
    public async Task Queue_LimitOutOfRange_ExitTwoNamingLimit()
    {
        // Refused by the server, not the parser: still a usage error, as README.md's exit codes say.
        await using var server = await TestServer.StartAsync(loadDemo: true);

        var (code, _, errors) = await RunAsync("queue", "priority", "--limit", "5000", "--server", server.Address.ToString());

        Assert.Equal(2, code);
        Assert.Contains("InvalidArgument", errors, StringComparison.Ordinal);
        Assert.Contains("limit:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_UnmatchedLeads_PrintsShareAlertAndQueues()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("cli-h1", 40));

        var (code, output, _) = await RunAsync("health", "--days", "7", "--server", server.Address.ToString());

        Assert.Equal(0, code);
        Assert.Contains("decisions        1", output, StringComparison.Ordinal);
        Assert.Contains("unmatched        1 (100.0%; alert above 10.0%)  ALERT", output, StringComparison.Ordinal);
        Assert.Contains("reassigned       0 (0.0%; alert above 5.0%), 0 by SLA escalation, 0 by hand\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"default-pool\s+1 waiting", output);
        Assert.Contains("to a rep         0 without review (0.0%; target 95.0%)  BELOW TARGET", output, StringComparison.Ordinal);
        Assert.Contains("reassigned       0 (0.0%; alert above 5.0%)", output, StringComparison.Ordinal);
        Assert.Contains("conversion       spread 0 points between territories (alert above 20), from the receiving reps' rates", output, StringComparison.Ordinal);
        Assert.Matches(@"time to assign   median [0-9.]+ ms, 99% under [0-9.]+ ms, longest [0-9.]+ ms over 1 lead since the server started \(target: 99% under 10 s\)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "over 0 reps")]
    [InlineData(1, "over 1 rep (")]
    [InlineData(12, "over 12 reps")]
    public void HealthPrint_FairnessReps_CountsInWords(int reps, string expected)
    {
        var end = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        var health = new Proto.GetRoutingHealthResponse { WindowStart = end, WindowEnd = end, FairnessReps = reps, FairnessGiniAlert = 0.3 };
        var output = new StringWriter();

        HealthCommand.Print(health, output);

        Assert.Contains("fairness (Gini)  0.00 " + expected, output.ToString(), StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
