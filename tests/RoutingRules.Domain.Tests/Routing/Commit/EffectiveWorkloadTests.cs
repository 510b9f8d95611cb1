using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class EffectiveWorkloadTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTimeOffset MondayNoon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_WrittenWithRoutingCountsAlreadyPresent_IsWhatWasWritten()
    {
        var routed = new RepLiveCounters(3, Monday, 3, MondayNoon);
        var rep = Written(new RepWorkload { OpenLeads = 3, AssignedToday = 3, OverdueFollowUps = 1 }, routed);

        var workload = EffectiveWorkload.Of(rep, routed, Monday);

        Assert.Equal(3, workload.OpenLeads);
        Assert.Equal(3, workload.AssignedToday);
        Assert.Equal(1, workload.OverdueFollowUps);
    }

    [Fact]
    public void Of_NothingRoutedSinceTheWrite_ReturnsTheWrittenInstance()
    {
        var routed = new RepLiveCounters(3, Monday, 3, null);
        var rep = Written(new RepWorkload { OpenLeads = 7 }, routed);

        Assert.Same(rep.Workload, EffectiveWorkload.Of(rep, routed, Monday));
    }

    [Fact]
    public void Of_AssignmentsSinceTheWrite_AddedOnTop()
    {
        var rep = Written(new RepWorkload { OpenLeads = 3, AssignedToday = 3 }, new RepLiveCounters(3, Monday, 3, MondayNoon));
        var later = new RepLiveCounters(3, Monday, 3, MondayNoon).Assigned(MondayNoon.AddMinutes(5));

        var workload = EffectiveWorkload.Of(rep, later, Monday);

        Assert.Equal(4, workload.OpenLeads);
        Assert.Equal(4, workload.AssignedToday);
        Assert.Equal(MondayNoon.AddMinutes(5), workload.LastAssignedAt);
    }

    [Fact]
    public void Of_RerouteAwaySinceTheWrite_OneLess()
    {
        var routed = new RepLiveCounters(3, Monday, 3, MondayNoon);
        var rep = Written(new RepWorkload { OpenLeads = 5 }, routed);

        Assert.Equal(4, EffectiveWorkload.Of(rep, routed.Released(), Monday).OpenLeads);
    }

    [Fact]
    public void Of_MoreReroutesAwayThanWritten_ZeroNotNegative()
    {
        var routed = new RepLiveCounters(3, Monday, 3, MondayNoon);
        var rep = Written(new RepWorkload { OpenLeads = 1 }, routed);

        Assert.Equal(0, EffectiveWorkload.Of(rep, routed.Released().Released(), Monday).OpenLeads);
    }

    [Fact]
    public void Of_WrittenOnAnEarlierDay_AssignedTodayIsTodaysRoutingOnly()
    {
        var routed = new RepLiveCounters(2, Monday, 2, MondayNoon);
        var rep = Written(new RepWorkload { OpenLeads = 6, AssignedToday = 5 }, routed);
        var tuesday = Monday.AddDays(1);

        var beforeAny = EffectiveWorkload.Of(rep, routed, tuesday);
        var afterOne = EffectiveWorkload.Of(rep, routed.Assigned(MondayNoon.AddDays(1)), tuesday);

        Assert.Equal(0, beforeAny.AssignedToday);
        Assert.Equal(6, beforeAny.OpenLeads);
        Assert.Equal(1, afterOne.AssignedToday);
        Assert.Equal(7, afterOne.OpenLeads);
    }

    [Fact]
    public void Of_LastAssignedAt_LaterOfWrittenAndRouting()
    {
        var routed = new RepLiveCounters(1, Monday, 1, MondayNoon);
        var written = Written(new RepWorkload { LastAssignedAt = MondayNoon.AddHours(1) }, routed);
        var older = Written(new RepWorkload { LastAssignedAt = MondayNoon.AddHours(-1) }, routed);

        Assert.Equal(MondayNoon.AddHours(1), EffectiveWorkload.Of(written, routed, Monday).LastAssignedAt);
        Assert.Equal(MondayNoon, EffectiveWorkload.Of(older, routed, Monday).LastAssignedAt);
    }

    [Fact]
    public void Of_RepWithoutAsOf_AddsRoutingsWholeCount()
    {
        var rep = new Rep { Id = "r1", Name = "Ann", Workload = new RepWorkload { OpenLeads = 2, AssignedToday = 1 } };

        var workload = EffectiveWorkload.Of(rep, new RepLiveCounters(3, Monday, 3, MondayNoon), Monday);

        Assert.Equal(5, workload.OpenLeads);
        Assert.Equal(4, workload.AssignedToday);
    }

    [Fact]
    public void AsOf_CountersOfAnEarlierDay_RecordNoAssignmentsThatDay()
    {
        var asOf = EffectiveWorkload.AsOf(new RepLiveCounters(4, Monday, 2, MondayNoon), Monday.AddDays(1));

        Assert.Equal(new WorkloadAsOf(Monday.AddDays(1), 4, 0), asOf);
    }

    private static Rep Written(RepWorkload workload, RepLiveCounters routedAtWrite) =>
        new() { Id = "r1", Name = "Ann", Workload = workload, WorkloadAsOf = EffectiveWorkload.AsOf(routedAtWrite, Monday) };
}
