using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

public sealed class RoutingHealthMeterTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(Dataset.Empty with
    {
        Policy = Dataset.Empty.Policy with { Queues = Dataset.Empty.Policy.Queues with { QueueAlertThreshold = 1 } },
    });

    [Fact]
    public void Measure_DecisionsInAndOutOfWindow_CountsOnlyTheWindowAndFlaggedOnes()
    {
        var live = Live(
            Queued(1, "default-pool", 10, Now.AddDays(-1), RoutingFlags.NoTerritoryMatch),
            Decided(2, Assignee.ForRep("r1", "R"), 50, Now.AddDays(-2)),
            Decided(3, Assignee.ForRep("r1", "R"), 50, Now.AddDays(-3)),
            Queued(4, "default-pool", 10, Now.AddDays(-40), RoutingFlags.NoTerritoryMatch));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, RoutingHealthMeter.DefaultWindow);

        Assert.Equal(Now.AddDays(-30), health.From);
        Assert.Equal(3, health.Decisions);
        Assert.Equal(1, health.Unmatched);
        Assert.Equal(1.0 / 3, health.UnmatchedShare, 6);
        Assert.True(health.UnmatchedAboveAlert);
    }

    [Fact]
    public void Measure_DormantDecisionsFromTheLog_CountedOnceEachBesideThoseKeptWhole()
    {
        var whole = Decided(1, Assignee.ForRep("r1", "R"), 50, Now.AddDays(-1));
        var reading = RoutingHealthMeter.Read(Live(whole), Snapshot) with
        {
            // The log read came after the copy: lead L1 is in both (as it was before its reroute there).
            Dormant =
            [
                Decided(1, Assignee.ForRep("r2", "S"), 50, Now.AddDays(-45), RoutingFlags.NoTerritoryMatch),
                Decided(2, Assignee.ForRep("r1", "R"), 50, Now.AddDays(-50), RoutingFlags.NoTerritoryMatch),
            ],
        };

        var health = RoutingHealthMeter.Measure(reading, Snapshot, Now, TimeSpan.FromDays(60));

        Assert.Equal(2, health.Decisions);
        Assert.Equal(1, health.Unmatched);
    }

    [Fact]
    public void Measure_ShareAtTheAlert_NoAlert()
    {
        var active = Enumerable.Range(1, 10)
            .Select(i => Decided(i, Assignee.ForRep("r1", "R"), null, Now.AddHours(-i), i == 1 ? RoutingFlags.NoTerritoryMatch : RoutingFlags.None))
            .ToArray();

        var health = RoutingHealthMeter.Measure(Live(active), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(0.1, health.UnmatchedShare, 6);
        Assert.False(health.UnmatchedAboveAlert);
    }

    [Fact]
    public void Measure_NoDecisions_ZeroShareNoAlert()
    {
        var health = RoutingHealthMeter.Measure(Live(), Snapshot, Now, TimeSpan.FromDays(7));

        Assert.Equal(0, health.Decisions);
        Assert.Equal(0, health.UnmatchedShare);
        Assert.False(health.UnmatchedAboveAlert);
    }

    [Fact]
    public void Measure_Queues_FallbackQueuesEvenEmptyAndEveryQueueHoldingLeads()
    {
        var live = Live(Queued(1, "partners-review", 10, Now), Queued(2, "priority", 10, Now), Queued(3, "priority", 20, Now.AddDays(-90)));

        var health = RoutingHealthMeter.Measure(live, Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(
            [("priority", 2, true), ("partners-review", 1, false), ("competitive-intelligence", 0, false), ("escalation", 0, false)],
            health.Queues.Select(q => (q.Queue, q.Length, q.AboveAlertThreshold)));
    }

    [Fact]
    public void Measure_ReroutesAndEscalationsInTheWindow_CountedAsReassignedAgainstTheAlert()
    {
        var rep = Assignee.ForRep("ae-1", "Ann");
        var active = Enumerable.Range(1, 16).Select(i => Decided(i, rep, null, Now.AddHours(-i))).ToList();
        active[0] = active[0] with { SupersedesDecisionId = "d0" };
        active[1] = active[1] with { SupersedesDecisionId = "d00", Decision = active[1].Decision with { Flags = RoutingFlags.SlaEscalated } };
        active.Add(Decided(17, rep, null, Now.AddDays(-40)) with { SupersedesDecisionId = "d000" });

        var health = RoutingHealthMeter.Measure(Live([.. active]), Snapshot, Now, TimeSpan.FromDays(30));

        Assert.Equal(16, health.Decisions);
        Assert.Equal(2, health.Reassigned);
        Assert.Equal(1, health.Escalated);
        Assert.Equal(0.125, health.ReassignmentRate, 6);
        Assert.Equal(0.05, health.Targets.ReassignmentRateAlert, 6);
        Assert.True(health.ReassignmentAboveAlert);
    }

    /// <summary>
    /// DOMAIN.md §7: success is "assigned without manual review", so no manual assignment counts; one
    /// that took the lead from a rep changed its owner (a reassignment), one that took it from a queue
    /// is its assignment after review.
    /// </summary>
    [Fact]
    public void Measure_ManualAssignments_CountedByHandReassignedOnlyFromARepNeverASuccess()
    {
        var rep = Assignee.ForRep("ae-1", "Ann");
        const RoutingFlags byHand = RoutingFlags.ManualAssignment;
        var active = new[]
        {
            Decided(1, rep, null, Now.AddHours(-1)),
            Decided(2, rep, null, Now.AddHours(-2), byHand) with { SupersedesDecisionId = "d0" },
            Decided(3, rep, null, Now.AddHours(-3), byHand | RoutingFlags.TakenFromQueue) with { SupersedesDecisionId = "d00" },
            Decided(4, rep, null, Now.AddHours(-4), byHand | RoutingFlags.TakenFromQueue) with { SupersedesDecisionId = "d000" },
        };

        var health = RoutingHealthMeter.Measure(Live(active), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(4, health.Decisions);
        Assert.Equal(1, health.AssignedWithoutReview);
        Assert.Equal(3, health.ManuallyAssigned);
        Assert.Equal(1, health.Reassigned);
        Assert.Equal(1, health.ManuallyReassigned);
        Assert.Equal(0, health.Escalated);
        Assert.Equal(0.25, health.ReassignmentRate, 6);
    }

    [Fact]
    public void Measure_NoReassignment_ZeroShareNoAlert()
    {
        var health = RoutingHealthMeter.Measure(Live(Decided(1, Assignee.ForRep("ae-1", "Ann"), null, Now)), Snapshot, Now, TimeSpan.FromDays(1));

        Assert.Equal(0, health.Reassigned);
        Assert.Equal(0, health.ReassignmentRate);
        Assert.False(health.ReassignmentAboveAlert);
    }
}
