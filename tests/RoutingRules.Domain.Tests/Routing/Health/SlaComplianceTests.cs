using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

/// <summary>
/// SLA compliance in routing health: each decision in force that gave a lead to a rep met, missed
/// or not yet due against its respond-by; an SLA escalation a miss of the rep before.
/// </summary>
public sealed class SlaComplianceTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty);

    [Fact]
    public void Measure_AcknowledgedByRespondBy_Met()
    {
        var live = Live(
            Assigned(1, "r1", due: Now.AddHours(-1), acknowledged: Now.AddHours(-1)),
            Assigned(2, "r1", due: Now.AddHours(1), acknowledged: Now.AddHours(-2)));

        var sla = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1)).Sla;

        Assert.Equal(new SlaCounts(2, 0, 0), sla.Overall);
        Assert.Equal(1.0, sla.Overall.ComplianceRate);
    }

    [Fact]
    public void Measure_AcknowledgedAfterRespondBy_Missed()
    {
        var live = Live(Assigned(1, "r1", due: Now.AddHours(-2), acknowledged: Now.AddHours(-1)));

        var sla = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1)).Sla;

        Assert.Equal(new SlaCounts(0, 1, 0), sla.Overall);
        Assert.Equal(0.0, sla.Overall.ComplianceRate);
    }

    [Fact]
    public void Measure_UnacknowledgedPastRespondBy_Missed()
    {
        var live = Live(Assigned(1, "r1", due: Now.AddTicks(-1)), Assigned(2, "r1", due: Now.AddHours(-1), acknowledged: Now.AddHours(-2)));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(new SlaCounts(1, 1, 0), health.Sla.Overall);
        Assert.Equal(0.5, health.Sla.Overall.ComplianceRate);
        Assert.True(health.SlaComplianceBelowTarget);
    }

    [Fact]
    public void Measure_UnacknowledgedNotYetDue_PendingAndLeftOutOfTheRate()
    {
        var live = Live(Assigned(1, "r1", due: Now), Assigned(2, "r1", due: Now.AddDays(3)), Assigned(3, "r1", due: Now.AddHours(-1), acknowledged: Now.AddHours(-2)));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(new SlaCounts(1, 0, 2), health.Sla.Overall);
        Assert.Equal(1.0, health.Sla.Overall.ComplianceRate);
        Assert.False(health.SlaComplianceBelowTarget);
    }

    [Fact]
    public void Measure_QueueDecisions_NotCounted()
    {
        var queued = Queued(1, "priority", 50, Now.AddHours(-3));
        var taken = Queued(2, "escalation", 50, Now.AddHours(-3)) with { AcknowledgedAt = Now.AddHours(-2) };

        var health = RoutingHealthMeter.Measure(Live(queued, taken), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(2, health.Decisions);
        Assert.Equal(new SlaCounts(0, 0, 0), health.Sla.Overall);
        Assert.Equal(0, health.Sla.Acknowledged);
        Assert.Empty(health.Sla.ByRep);
    }

    [Fact]
    public void Measure_SlaEscalation_AMissOfTheRepBeforeForTerritoryAndTreatmentButNoRep()
    {
        // The backup acknowledged in time; the rep the lead was taken from had not.
        var escalated = Assigned(1, "backup", due: Now.AddHours(-1), acknowledged: Now.AddHours(-2), territory: "t1", flags: RoutingFlags.SlaEscalated) with { SupersedesDecisionId = "d0" };
        var toQueue = Queued(2, "escalation", null, Now.AddHours(-3), RoutingFlags.SlaEscalated);

        var health = RoutingHealthMeter.Measure(Live(escalated, toQueue), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(2, health.Escalated);
        Assert.Equal(new SlaCounts(1, 2, 0), health.Sla.Overall);
        Assert.Equal([("backup", new SlaCounts(1, 0, 0))], health.Sla.ByRep.Select(r => (r.Id, r.Counts)));
        Assert.Equal(new SlaCounts(1, 1, 0), Assert.Single(health.Sla.ByTerritory).Counts);
        Assert.Equal(new SlaCounts(1, 2, 0), Assert.Single(health.Sla.ByTreatment).Counts);
    }

    [Fact]
    public void Measure_ReroutedLead_OnlyTheDecisionInForceCounted()
    {
        // Its replaced assignment, due or not, is not in the live state: nothing is counted for it.
        var rerouted = Assigned(1, "r2", due: Now.AddHours(2)) with { SupersedesDecisionId = "d0" };

        var health = RoutingHealthMeter.Measure(Live(rerouted), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(1, health.Reassigned);
        Assert.Equal(new SlaCounts(0, 0, 1), health.Sla.Overall);
        Assert.Null(health.Sla.Overall.ComplianceRate);
    }

    [Fact]
    public void Measure_RepsTerritoriesAndTreatments_GroupedWorstFirstInTheWindowOnly()
    {
        var live = Live(
            Assigned(1, "r1", due: Now.AddHours(-1), acknowledged: Now.AddHours(-2), territory: "north"),
            Assigned(2, "r1", due: Now.AddHours(-1), territory: "north"),
            Assigned(3, "r2", due: Now.AddHours(-1), territory: "south", treatment: Treatment.SeniorAeImmediate),
            Assigned(4, "r3", due: Now.AddHours(-1), acknowledged: Now.AddHours(-2), territory: "south"),
            Assigned(5, "r4", due: Now.AddHours(1)),
            Assigned(6, "r5", due: Now.AddDays(-9), decided: Now.AddDays(-10)));

        var sla = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1)).Sla;

        Assert.Equal(new SlaCounts(2, 2, 1), sla.Overall);
        Assert.Equal(
            [("r2", "Rep r2", new SlaCounts(0, 1, 0)), ("r1", "Rep r1", new SlaCounts(1, 1, 0)), ("r3", "Rep r3", new SlaCounts(1, 0, 0)), ("r4", "Rep r4", new SlaCounts(0, 0, 1))],
            sla.ByRep.Select(r => (r.Id, r.Name, r.Counts)));
        Assert.Equal(
            [("north", "Territory north", new SlaCounts(1, 1, 0)), ("south", "Territory south", new SlaCounts(1, 1, 0))],
            sla.ByTerritory.Select(t => (t.Id, t.Name, t.Counts)));
        Assert.Equal(
            [(Treatment.SeniorAeImmediate, new SlaCounts(0, 1, 0)), (Treatment.SdrQualification, new SlaCounts(2, 1, 1))],
            sla.ByTreatment.Select(t => (t.Treatment!.Value, t.Counts)));
    }

    [Fact]
    public void Measure_NothingDue_NoRateAndNotBelowTarget()
    {
        var empty = RoutingHealthMeter.Measure(Live(), Snapshot, Now, TimeSpan.FromDays(1));
        var pendingOnly = RoutingHealthMeter.Measure(Live(Assigned(1, "r1", due: Now.AddHours(1))), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Null(empty.Sla.Overall.ComplianceRate);
        Assert.False(empty.SlaComplianceBelowTarget);
        Assert.Equal(TimeSpan.Zero, empty.Sla.AcknowledgeMedian);
        Assert.Null(pendingOnly.Sla.Overall.ComplianceRate);
        Assert.Null(Assert.Single(pendingOnly.Sla.ByRep).Counts.ComplianceRate);
        Assert.False(pendingOnly.SlaComplianceBelowTarget);
    }

    [Theory]
    [InlineData(0.90, false)]
    [InlineData(0.91, true)]
    public void Measure_RateAgainstThePolicyTarget_BelowOnlyUnderIt(double target, bool below)
    {
        var snapshot = ReferenceSnapshot.Build(Dataset.Empty with
        {
            Policy = Dataset.Empty.Policy with { Health = Dataset.Empty.Policy.Health with { SlaComplianceTarget = target } },
        });
        var decisions = Enumerable.Range(1, 10).Select(i => Assigned(i, "r1", due: Now.AddHours(-1), acknowledged: i == 10 ? null : Now.AddHours(-2))).ToArray();

        var health = RoutingHealthMeter.Measure(Live(decisions), snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(0.9, health.Sla.Overall.ComplianceRate!.Value, 9);
        Assert.Equal(below, health.SlaComplianceBelowTarget);
    }

    [Fact]
    public void Measure_TimesToAcknowledge_MedianAndNinetiethPercentileOfMetAndLate()
    {
        // Acknowledged 1..10 minutes after the assignment, the last two after the respond-by.
        var decided = Now.AddHours(-5);
        var decisions = Enumerable.Range(1, 10)
            .Select(i => Assigned(i, "r1", due: decided.AddMinutes(8), acknowledged: decided.AddMinutes(11 - i), decided: decided))
            .Append(Assigned(11, "r1", due: decided.AddMinutes(8), decided: decided))
            .ToArray();

        var sla = RoutingHealthMeter.Measure(Live(decisions), Snapshot, Now, TimeSpan.FromDays(1)).Sla;

        Assert.Equal(new SlaCounts(8, 3, 0), sla.Overall);
        Assert.Equal(10, sla.Acknowledged);
        Assert.Equal(TimeSpan.FromMinutes(5), sla.AcknowledgeMedian);
        Assert.Equal(TimeSpan.FromMinutes(9), sla.AcknowledgeP90);
    }

    private static CommittedDecision Assigned(
        long sequence, string repId, DateTimeOffset due, DateTimeOffset? acknowledged = null, string? territory = null,
        Treatment treatment = Treatment.SdrQualification, DateTimeOffset? decided = null, RoutingFlags flags = RoutingFlags.None)
    {
        var decidedAt = decided ?? Now.AddHours(-3);
        var committed = Decided(sequence, Assignee.ForRep(repId, $"Rep {repId}"), null, decidedAt, flags);
        return committed with
        {
            AcknowledgedAt = acknowledged,
            Decision = committed.Decision with
            {
                RespondBy = due, TerritoryId = territory, TerritoryName = territory is null ? null : $"Territory {territory}", Treatment = treatment,
            },
        };
    }
}
