using RoutingRules.Domain.Tests.Routing.Commit;
using RoutingRules.Grpc;
using RoutingRules.Server.Tests.Escalation;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// AssignLead end to end on the demo server with the real rule set, an admin token and a clock the
/// test moves: the explanation the rep and ops read (en, fr), the fresh SLA, routing health.
/// </summary>
public sealed class AssignLeadDemoTests
{
    private const string AdminToken = "ops-secret";
    private static readonly DateTimeOffset Start = EscalationServiceTests.Start;
    private static readonly DateTimeOffset Assigned = Start.AddDays(1);

    [Fact]
    public async Task AssignLead_TakenFromARep_ExplainedToTheRepAndToOpsAndCountedAsAReassignment()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(AdminToken, loadDemo: true, clock: clock);
        var first = await EscalationServiceTests.RouteAsync(server, EscalationServiceTests.ParisLead("man-1"));
        // The Paris rotation's first lead on the demo data: the French step below elides "de" before her name.
        Assert.Equal("ae-paris-1", first.Assignee.Rep.Id);
        clock.Now = Assigned;

        var assigned = await AssignLeadServiceTests.AssignAsync(
            server.Client, AssignLeadServiceTests.Request("man-1", "ae-paris-3", "the customer asked for Chloé", by: "jane.ops"), Bearer());

        var d = assigned.Decision;
        Assert.Equal(("ae-paris-3", Proto.RoutingLevel.Manual, first.DecisionId), (d.Assignee.Rep.Id, d.Level, d.SupersedesDecisionId));
        Assert.Equal(("ter-paris", first.Treatment), (d.Territory.Id, d.Treatment));
        // A fresh content-download SLA from the assignment: 10 days without action, a Saturday in
        // Paris, so at its next opening, Monday 09:00 (sla.escalateInWorkingHours).
        Assert.Equal(Assigned.AddDays(10), new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), d.Sla.EscalateAt.ToDateTimeOffset());
        var repEn = await ExplainAsync(server, "man-1", Proto.ExplanationAudience.Rep, "en");
        var repFr = await ExplainAsync(server, "man-1", Proto.ExplanationAudience.Rep, "fr");
        var opsEn = await ExplainAsync(server, "man-1", Proto.ExplanationAudience.Ops, "en");
        var opsFr = await ExplainAsync(server, "man-1", Proto.ExplanationAudience.Ops, "fr");
        Assert.Equal("This lead was assigned to you by hand by jane.ops: \"the customer asked for Chloé\".", Step(repEn, "decision.manual.rep"));
        Assert.Equal("Ce lead vous a été attribué à la main par jane.ops : « the customer asked for Chloé ».", Step(repFr, "decision.manual.rep"));
        Assert.Equal(
            "Assigned by hand to Chloé Bernard (ae-paris-3) by jane.ops, taking it from Alice Martin (ae-paris-1): \"the customer asked for Chloé\".",
            Step(opsEn, "decision.manual.ops"));
        Assert.Equal(
            "Attribué à la main à Chloé Bernard (ae-paris-3) par jane.ops, en le reprenant d'Alice Martin (ae-paris-1) : « the customer asked for Chloé ».",
            Step(opsFr, "decision.manual.ops"));
        Assert.StartsWith("This lead is yours (manual assignment): ", repEn.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Le lead man-1 a été attribué à Chloé Bernard (ae-paris-3) au niveau attribution manuelle, à la main par jane.ops ;", opsFr.Summary, StringComparison.Ordinal);
        Assert.Equal([first.DecisionId, d.DecisionId], opsEn.History.Select(h => h.DecisionId));
        foreach (var rep in new[] { repEn, repFr })
        {
            var everything = rep.Summary + string.Join("\n", rep.Steps.Select(s => s.Text)) + rep.TraceJson + rep.Decision.Reason
                + string.Join("\n", rep.History.Select(h => h.ToString()));
            Assert.DoesNotContain("Alice", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("ae-paris-1", everything, StringComparison.Ordinal);
        }

        var health = await HealthAsync(server);
        Assert.Equal((1, 0, 1, 1, 1), (health.Decisions, health.AssignedWithoutReview, health.Reassigned, health.ManuallyAssigned, health.ManuallyReassigned));
    }

    [Fact]
    public async Task AssignLead_TakenFromAQueue_ExplainedAsSuchAndNotAReassignment()
    {
        await using var server = await TestServer.StartAsync(AdminToken, loadDemo: true);
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("man-q", 80));

        var assigned = await AssignLeadServiceTests.AssignAsync(
            server.Client, AssignLeadServiceTests.Request("man-q", "ae-paris-3", "Chloé speaks Japanese"), Bearer());

        Assert.Contains(Proto.DecisionFlag.TakenFromQueue, assigned.Decision.Flags);
        var opsEn = await ExplainAsync(server, "man-q", Proto.ExplanationAudience.Ops, "en");
        Assert.Equal(
            "Assigned by hand to Chloé Bernard (ae-paris-3) by an operator, taking it from the default-pool queue: \"Chloé speaks Japanese\".",
            Step(opsEn, "decision.manual.ops.queue"));
        var health = await HealthAsync(server);
        Assert.Equal((1, 0, 0, 1, 0), (health.Decisions, health.AssignedWithoutReview, health.Reassigned, health.ManuallyAssigned, health.ManuallyReassigned));
        Assert.Equal(0, Assert.Single(health.Queues, q => q.Queue == "default-pool").Length);
    }

    /// <summary>A manual assignment moves leads between reps: with an admin token configured, the routing side's open access does not do.</summary>
    [Fact]
    public async Task AssignLead_AdminTokenConfigured_NeedsIt()
    {
        await using var server = await TestServer.StartAsync(AdminToken, loadDemo: true);
        await EscalationServiceTests.RouteAsync(server, EscalationServiceTests.ParisLead("man-t"));
        var request = AssignLeadServiceTests.Request("man-t", "ae-paris-3", "why");

        var missing = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignLeadServiceTests.AssignAsync(server.Client, request));
        var wrong = await Assert.ThrowsAsync<GrpcStatusException>(() => AssignLeadServiceTests.AssignAsync(server.Client, request, AssignLeadServiceTests.Bearer("nope")));
        var ok = await AssignLeadServiceTests.AssignAsync(server.Client, request, Bearer());

        Assert.Equal((StatusCode.Unauthenticated, StatusCode.PermissionDenied), (missing.StatusCode, wrong.StatusCode));
        Assert.Equal("ae-paris-3", ok.Decision.Assignee.Rep.Id);
    }

    private static GrpcCallOptions Bearer() => AssignLeadServiceTests.Bearer(AdminToken);

    private static Task<Proto.ExplainRouteResponse> ExplainAsync(TestServer server, string leadId, Proto.ExplanationAudience audience, string locale) =>
        server.Client.UnaryAsync(EscalationServiceTests.Service + "ExplainRoute", new Proto.ExplainRouteRequest { LeadId = leadId, Audience = audience, Locale = locale },
            Proto.ExplainRouteResponse.Parser, Bearer());

    private static Task<Proto.GetRoutingHealthResponse> HealthAsync(TestServer server) =>
        server.Client.UnaryAsync(EscalationServiceTests.Service + "GetRoutingHealth", new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser);

    private static string Step(Proto.ExplainRouteResponse response, string key) => Assert.Single(response.Steps, s => s.Key == key).Text;
}
