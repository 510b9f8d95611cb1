using RoutingRules.Domain.Tests.Routing.Commit;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Explain;

/// <summary>
/// <c>serve --trace-retention-days</c> end to end on the demo server with a clock the test moves:
/// old traces go, their decisions stay and are still explained from what they record.
/// </summary>
public sealed class TraceRetentionServiceTests
{
    [Fact]
    public async Task Retention_DecisionOlderThanIt_ExplainedFromTheDecisionAloneWhileANewOneKeepsItsTrace()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock, traceRetention: TimeSpan.FromDays(30));
        var old = await RouteAsync(server, ParisLead("kept-1"));
        clock.Now = Start.AddDays(40);
        await RouteAsync(server, ParisLead("kept-2"));

        // The pass the server runs at start may be the one that finds the trace expired: either way it goes.
        await server.Routing().RemoveExpiredTracesNowAsync();

        var ops = await ExplainAsync(server, "kept-1", Proto.ExplanationAudience.Ops, "en");
        var rep = await ExplainAsync(server, "kept-1", Proto.ExplanationAudience.Rep, "fr");
        var fresh = await ExplainAsync(server, "kept-2", Proto.ExplanationAudience.Ops, "en");
        Assert.Equal(old.DecisionId, ops.Decision.DecisionId);
        Assert.StartsWith($"Lead kept-1 went to {old.Assignee.Rep.Name} ({old.Assignee.Rep.Id}) at level territory; respond by ", ops.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Respond by ", Step(ops, "untraced.sla"), StringComparison.Ordinal);
        Assert.Equal("untraced.removed", ops.Steps[0].Key);
        Assert.Contains(ops.Steps, s => s.Key == "untraced.decision.ops" && s.Text.EndsWith("Recorded reason: " + old.Reason, StringComparison.Ordinal));
        Assert.StartsWith("Ce lead vous est attribué (territoire). Répondez avant le ", rep.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh.Steps, s => s.Key.StartsWith("untraced.", StringComparison.Ordinal));
        Assert.Contains(fresh.Steps, s => s.Key == "versions");
        Assert.Equal(0, await server.Routing().RemoveExpiredTracesNowAsync());
    }

    [Fact]
    public async Task ListRules_UsageWindowReachingRemovedTraces_StartsWhereTheTracesDo()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock, traceRetention: TimeSpan.FromDays(30));
        await RouteAsync(server, ParisLead("usage-1"));
        clock.Now = Start.AddDays(40);
        await RouteAsync(server, ParisLead("usage-2"));
        await server.Routing().RemoveExpiredTracesNowAsync();

        var rules = await server.Client.UnaryAsync(
            Service + "ListRules", new Proto.ListRulesRequest { UsageWindowDays = 365 }, Proto.ListRulesResponse.Parser);

        Assert.Equal(1, rules.UsageDecisions);
        Assert.Equal(Start, rules.UsageWindowStart.ToDateTimeOffset());
    }

    [Fact]
    public async Task Escalation_OfADecisionWhoseTraceWasRemoved_ExplainsItselfWithoutGuessingTheLead()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock, traceRetention: TimeSpan.FromDays(5));
        await RouteAsync(server, ParisLead("late-1"));
        clock.Now = Overdue;
        await server.Routing().RemoveExpiredTracesNowAsync();

        Assert.Equal(1, await server.Routing().EscalateNowAsync());

        var ops = await ExplainAsync(server, "late-1", Proto.ExplanationAudience.Ops, "en");
        Assert.Contains(ops.Steps, s => s.Key == "decision.Escalation.TerritoryBackup.ops");
        Assert.StartsWith("Treatment: ", Step(ops, "untraced.treatment"), StringComparison.Ordinal);
        Assert.DoesNotContain(ops.Steps, s => s.Key == "treatment");
    }

    [Fact]
    public async Task Retention_NotConfigured_KeepsEveryTrace()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        await RouteAsync(server, ParisLead("forever-1"));
        clock.Now = Start.AddDays(4000);

        Assert.Equal(0, await server.Routing().RemoveExpiredTracesNowAsync());
        var ops = await ExplainAsync(server, "forever-1", Proto.ExplanationAudience.Ops, "en");
        Assert.DoesNotContain(ops.Steps, s => s.Key.StartsWith("untraced.", StringComparison.Ordinal));
    }

    private static string Step(Proto.ExplainRouteResponse response, string key) => Assert.Single(response.Steps, s => s.Key == key).Text;
}
