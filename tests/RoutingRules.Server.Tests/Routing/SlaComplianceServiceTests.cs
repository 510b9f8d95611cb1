using RoutingRules.Domain.Tests.Routing.Commit;
using Proto = RoutingRules.V1;
using static RoutingRules.Server.Tests.Escalation.EscalationServiceTests;

namespace RoutingRules.Server.Tests.Routing;

/// <summary>
/// SLA compliance in GetRoutingHealth on the demo server, with a clock the test moves: Paris leads
/// (content-download SLA, round-robin in Paris intra-muros) acknowledged in time, late or never.
/// </summary>
public sealed class SlaComplianceServiceTests
{
    [Fact]
    public async Task GetRoutingHealth_AcknowledgedInTimeLateAndNever_MetMissedPerRepWithoutTheQueueLead()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var inTime = await RouteAsync(server, ParisLead("sla-1"));
        var never = await RouteAsync(server, ParisLead("sla-2"));
        var late = await RouteAsync(server, ParisLead("sla-3"));
        await QueueHealthServiceTests.RouteOverseasAsync(server, ("sla-queue", 50));
        clock.Now = Start.AddMinutes(30);
        await AcknowledgeAsync(server, "sla-1");
        var pastDue = inTime.Sla.RespondBy.ToDateTimeOffset().AddHours(1);
        Assert.True(pastDue < inTime.Sla.EscalateAt.ToDateTimeOffset());
        clock.Now = pastDue;
        await AcknowledgeAsync(server, "sla-3");

        var health = await HealthAsync(server);

        Assert.Equal(4, health.Decisions);
        Assert.Equal((1, 2, 0), (health.SlaMet, health.SlaMissed, health.SlaPending));
        Assert.Equal(1.0 / 3, health.SlaComplianceRate, 9);
        Assert.Equal(0.90, health.SlaComplianceTarget, 9);
        Assert.True(health.SlaComplianceBelowTarget);
        Assert.Equal(2, health.TimeToAcknowledgeCount);
        Assert.Equal(TimeSpan.FromMinutes(30), health.TimeToAcknowledgeMedian.ToTimeSpan());
        Assert.Equal(pastDue - Start, health.TimeToAcknowledgeP90.ToTimeSpan());
        // Paris intra-muros has two members: the rotation gives one of them two of the three leads.
        var expected = new Dictionary<string, (int Met, int Missed)>();
        foreach (var (lead, met) in new[] { (inTime, 1), (never, 0), (late, 0) })
        {
            var counts = expected.GetValueOrDefault(lead.Assignee.Rep.Id);
            expected[lead.Assignee.Rep.Id] = (counts.Met + met, counts.Missed + 1 - met);
        }

        Assert.Equal(expected.OrderBy(e => e.Key), health.SlaByRep.ToDictionary(r => r.Id, r => (r.Met, r.Missed)).OrderBy(e => e.Key));
        Assert.Equal(inTime.Assignee.Rep.Id, health.SlaByRep[^1].Id);
        var territory = Assert.Single(health.SlaByTerritory);
        Assert.Equal(("ter-paris", "Paris intra-muros", 1, 2), (territory.Id, territory.Name, territory.Met, territory.Missed));
        var treatment = Assert.Single(health.SlaByTreatment);
        Assert.Equal(inTime.Treatment, treatment.Treatment);
        Assert.Equal(1.0 / 3, treatment.ComplianceRate, 9);
    }

    [Fact]
    public async Task GetRoutingHealth_LeadEscalated_AMissForItsTerritoryNotForARepAndTheBackupPending()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await TestServer.StartAsync(loadDemo: true, clock: clock);
        var first = await RouteAsync(server, ParisLead("sla-esc"));
        clock.Now = Overdue;
        await server.Routing().EscalateNowAsync();

        var health = await HealthAsync(server);

        Assert.Equal(1, health.Escalated);
        Assert.Equal((0, 1, 1), (health.SlaMet, health.SlaMissed, health.SlaPending));
        Assert.Equal(0.0, health.SlaComplianceRate);
        var backup = Assert.Single(health.SlaByRep);
        Assert.Equal(("ae-paris-3", 0, 0, 1), (backup.Id, backup.Met, backup.Missed, backup.Pending));
        Assert.False(backup.HasComplianceRate);
        Assert.NotEqual(first.Assignee.Rep.Id, backup.Id);
        Assert.Equal((0, 1, 1), (health.SlaByTerritory[0].Met, health.SlaByTerritory[0].Missed, health.SlaByTerritory[0].Pending));
    }

    [Fact]
    public async Task GetRoutingHealth_NothingDue_NoRateNotBelowTheTargetThePolicySets()
    {
        await using var server = await TestServer.StartAsync(loadDemo: true);
        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        policy.Health.SlaComplianceTarget = 0.75;
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = policy }, Proto.RoutingPolicy.Parser);
        await RouteAsync(server, ParisLead("sla-new"));

        var health = await HealthAsync(server);

        Assert.Equal((0, 0, 1), (health.SlaMet, health.SlaMissed, health.SlaPending));
        Assert.False(health.HasSlaComplianceRate);
        Assert.Equal(0.75, health.SlaComplianceTarget, 9);
        Assert.False(health.SlaComplianceBelowTarget);
        Assert.Equal(0, health.TimeToAcknowledgeCount);
        Assert.Null(health.TimeToAcknowledgeMedian);
    }

    private static Task<Proto.AcknowledgeLeadResponse> AcknowledgeAsync(TestServer server, string leadId) =>
        server.Client.UnaryAsync(Service + "AcknowledgeLead", new Proto.AcknowledgeLeadRequest { LeadId = leadId }, Proto.AcknowledgeLeadResponse.Parser);

    private static Task<Proto.GetRoutingHealthResponse> HealthAsync(TestServer server) =>
        server.Client.UnaryAsync(Service + "GetRoutingHealth", new Proto.GetRoutingHealthRequest(), Proto.GetRoutingHealthResponse.Parser);
}
