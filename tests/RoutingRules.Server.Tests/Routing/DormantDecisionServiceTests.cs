using RoutingRules.Domain.Tests.Routing.Commit;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// Dormant decisions end to end on the demo server (in-memory period 30 days, the default), with a
/// clock the test moves (the Paris lead's escalation time is two weeks out, so it turns dormant 44
/// days after it was routed): a lead routed long ago answers its replay and its explanation from the
/// database, before and after a restart, and long health windows still count it.
/// </summary>
public sealed class DormantDecisionServiceTests
{
    [Fact]
    public async Task RouteLead_ReplayOfALeadRoutedLongAgo_SameDecisionFromTheDatabaseBeforeAndAfterARestart()
    {
        var clock = new ManualTimeProvider(Start);
        var directory = Path.Combine(Path.GetTempPath(), "routingrules-server-tests", Guid.NewGuid().ToString("N"));
        Proto.RouteLeadResponse original;
        await using (var server = await TestServer.StartAsync(loadDemo: true, clock: clock, directory: directory, deleteOnDispose: false))
        {
            original = await RouteAsync(server, ParisLead("dormant-1"));
            clock.Now = Start.AddDays(50);
            await RouteAsync(server, ParisLead("dormant-2"));

            Assert.Equal((1, 1), server.Routing().Assignments.ReadState(s => (s.ActiveCount, s.DormantCount)));
            Assert.Equal(original.DecisionId, (await RouteAsync(server, ParisLead("dormant-1"))).DecisionId);
            Assert.Equal(original.DecisionId, (await ExplainAsync(server, "dormant-1", Proto.ExplanationAudience.Rep, "en")).Decision.DecisionId);
        }

        await using var restarted = await TestServer.StartAsync(loadDemo: true, clock: clock, directory: directory);

        Assert.Equal((1, 1), restarted.Routing().Assignments.ReadState(s => (s.ActiveCount, s.DormantCount)));
        var replay = await RouteAsync(restarted, ParisLead("dormant-1"));
        Assert.Equal(original.DecisionId, replay.DecisionId);
        Assert.Equal(original.Assignee.Rep.Id, replay.Assignee.Rep.Id);
    }

    [Fact]
    public async Task GetRoutingHealth_WindowReachingDormantDecisions_CountsThemFromTheDatabase()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        await RouteAsync(server, ParisLead("health-1"));
        await RouteAsync(server, ParisLead("health-2"));
        clock.Now = Start.AddDays(50);
        await RouteAsync(server, ParisLead("health-3"));

        var year = await HealthAsync(server, 365);
        var month = await HealthAsync(server, 30);

        Assert.Equal(3, year.Decisions);
        Assert.Equal(1, month.Decisions);
    }

    private static Task<Proto.GetRoutingHealthResponse> HealthAsync(TestServer server, int days) =>
        server.Client.UnaryAsync(Service + "GetRoutingHealth", new Proto.GetRoutingHealthRequest { WindowDays = days }, Proto.GetRoutingHealthResponse.Parser);
}
