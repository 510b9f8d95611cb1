using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using static RoutingRules.Domain.Tests.Routing.Health.HealthTestDecisions;

namespace RoutingRules.Domain.Tests.Routing.Health;

public sealed class QueueListingTests
{
    private static readonly QueuePolicy Policy = new() { QueueAlertThreshold = 3 };

    [Fact]
    public void Rank_ScoresUnknownAndTies_HighestFirstUnknownLastOldestFirst()
    {
        var older90 = Queued(1, "priority", 90, Now.AddMinutes(-30));
        var unknown = Queued(2, "priority", null, Now.AddMinutes(-40));
        var forty = Queued(3, "priority", 40, Now.AddMinutes(-20));
        var newer90 = Queued(4, "priority", 90, Now.AddMinutes(-10));
        var zero = Queued(5, "priority", 0, Now.AddMinutes(-50));

        var listing = QueueListing.Rank("priority", [newer90, unknown, zero, forty, older90], Policy, 10);

        Assert.Equal(["L1", "L4", "L3", "L5", "L2"], listing.Leads.Select(l => l.LeadId));
    }

    [Fact]
    public void Rank_LeadsSomeoneTookUp_AfterEveryWaitingLeadInTheSameOrder()
    {
        var taken95 = Queued(1, "priority", 95, Now) with { AcknowledgedAt = Now };
        var taken60 = Queued(2, "priority", 60, Now) with { AcknowledgedAt = Now };
        var waiting10 = Queued(3, "priority", 10, Now);
        var waitingUnknown = Queued(4, "priority", null, Now);

        var listing = QueueListing.Rank("priority", [taken60, waitingUnknown, taken95, waiting10], Policy, 10);

        Assert.Equal(["L3", "L4", "L1", "L2"], listing.Leads.Select(l => l.LeadId));
        Assert.Equal(4, listing.Status.Length);
    }

    [Fact]
    public void Rank_SameInstant_CommitOrderBreaksTheTie()
    {
        var listing = QueueListing.Rank("priority", [Queued(8, "priority", 50, Now), Queued(7, "priority", 50, Now)], Policy, 10);

        Assert.Equal(["L7", "L8"], listing.Leads.Select(l => l.LeadId));
    }

    [Fact]
    public void Rank_LimitBelowLength_ListsTheBestButCountsAll()
    {
        var waiting = Enumerable.Range(1, 5).Select(i => Queued(i, "priority", i * 10, Now)).ToList();

        var listing = QueueListing.Rank("priority", waiting, Policy, 2);

        Assert.Equal(["L5", "L4"], listing.Leads.Select(l => l.LeadId));
        Assert.Equal(5, listing.Status.Length);
        Assert.True(listing.Status.AboveAlertThreshold);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Status_Length_AlertOnlyAboveThreshold(int length, bool alert)
    {
        Assert.Equal(alert, QueueStatus.Of("q", length, Policy).AboveAlertThreshold);
    }

    [Fact]
    public void WaitingIn_RerouteOutOfTheQueue_LeadLeavesIt()
    {
        var queued = Queued(1, "priority", 70, Now);
        var live = Live(queued, Queued(2, "priority", 20, Now), Decided(3, Assignee.ForRep("r1", "R"), 10, Now));
        var rerouted = Decided(4, Assignee.ForRep("r1", "R"), 70, Now) with { IdempotencyKey = "L1", SupersedesDecisionId = "d1" };
        rerouted = rerouted with { Decision = rerouted.Decision with { LeadId = "L1" } };

        var before = live.WaitingIn("priority").Select(d => d.LeadId).Order().ToList();
        live.Apply(new DecisionCommit(rerouted, LiveStateChanges.None, queued));

        Assert.Equal(["L1", "L2"], before);
        Assert.Equal(["L2"], live.WaitingIn("priority").Select(d => d.LeadId));
        Assert.Empty(live.WaitingIn("unknown-queue"));
        Assert.Equal(["priority"], live.QueuesWithLeads);
    }

    [Fact]
    public void WaitingIn_NewQueuedDecision_Listed()
    {
        var live = Live();

        live.Apply(new DecisionCommit(Queued(1, "default-pool", 55, Now), LiveStateChanges.None, null));

        Assert.Equal(55, Assert.Single(live.WaitingIn("default-pool")).Decision.LeadScore);
        Assert.Equal(1, live.QueueLength("default-pool"));
    }
}
