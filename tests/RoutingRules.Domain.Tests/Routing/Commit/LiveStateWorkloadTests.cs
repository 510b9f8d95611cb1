using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// What routing reads as a rep's workload once ops has written one: the written counters plus the
/// leads routing assigned and released after the write, never those before it.
/// </summary>
public sealed class LiveStateWorkloadTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WorkloadOf_WrittenAfterAssignments_CountsOnlyLaterAssignments()
    {
        var snapshots = new SnapshotHolder(ReferenceSnapshot.Build(Dataset.Empty with { Reps = [Rep("rep-0"), Rep("rep-1")] }));
        using var service = Start(snapshots, new ManualTimeProvider(Noon));
        await Assign(service, "L1", "L2", "L3");

        // rep-0 got L1 and L3; ops copies the CRM, which lists both.
        Write(service, snapshots, "rep-0", new RepWorkload { OpenLeads = 2, AssignedToday = 2 });
        var written = service.ReadState(s => s.WorkloadOf("rep-0"));
        await Assign(service, "L4");
        var afterL4 = service.ReadState(s => s.WorkloadOf("rep-0"));
        await Assign(service, "L5");
        var afterL5 = service.ReadState(s => s.WorkloadOf("rep-0"));

        Assert.Equal((2, 2), (written.OpenLeads, written.AssignedToday));
        Assert.Equal((2, 2), (afterL4.OpenLeads, afterL4.AssignedToday));
        Assert.Equal((3, 3), (afterL5.OpenLeads, afterL5.AssignedToday));
    }

    [Fact]
    public async Task WorkloadOf_RerouteAwayAfterWrite_OneLess()
    {
        var snapshots = new SnapshotHolder(ReferenceSnapshot.Build(Dataset.Empty with { Reps = [Rep("rep-0"), Rep("rep-1")] }));
        using var service = Start(snapshots, new ManualTimeProvider(Noon));
        await Assign(service, "L1");
        Write(service, snapshots, "rep-0", new RepWorkload { OpenLeads = 5 });

        var rerouted = await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead("L1"), Reroute: true));

        Assert.Equal("rep-1", rerouted.Decision.Decision.Assignee.RepId);
        Assert.Equal(4, service.ReadState(s => s.WorkloadOf("rep-0").OpenLeads));
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-1").OpenLeads));
    }

    [Fact]
    public async Task WorkloadOf_WrittenOnEarlierUtcDay_AssignedTodayRestartsWithRouting()
    {
        var clock = new ManualTimeProvider(Noon);
        var snapshots = new SnapshotHolder(ReferenceSnapshot.Build(Dataset.Empty with { Reps = [Rep("rep-0")] }));
        using var service = Start(snapshots, clock);
        await Assign(service, "L1");
        Write(service, snapshots, "rep-0", new RepWorkload { OpenLeads = 4, AssignedToday = 4 });

        clock.Now = Noon.AddDays(1);
        var nextDay = service.ReadState(s => s.WorkloadOf("rep-0"));
        await Assign(service, "L2");

        Assert.Equal((4, 0), (nextDay.OpenLeads, nextDay.AssignedToday));
        Assert.Equal((5, 1), service.ReadState(s => (s.WorkloadOf("rep-0").OpenLeads, s.WorkloadOf("rep-0").AssignedToday)));
    }

    /// <summary>What the store does for a workload write: the counters, with routing's counters for the rep at that moment.</summary>
    private static void Write(LeadAssignmentService service, SnapshotHolder snapshots, string repId, RepWorkload workload)
    {
        var (routed, day) = service.ReadState(s => (s.CountersOf(repId), RepLiveCounters.UtcDay(Noon)));
        var rep = snapshots.Current.GetRep(repId)! with { Workload = workload, WorkloadAsOf = EffectiveWorkload.AsOf(routed, day) };
        snapshots.Publish(snapshots.Current.WithRep(rep));
    }

    private static async Task Assign(LeadAssignmentService service, params string[] leadIds)
    {
        foreach (var id in leadIds)
        {
            await service.AssignAsync(new AssignmentRequest(LeadAssignmentServiceTests.Lead(id)));
        }
    }

    private static Rep Rep(string id) => new() { Id = id, Name = id };

    private static LeadAssignmentService Start(SnapshotHolder snapshots, TimeProvider clock)
    {
        var service = new LeadAssignmentService(new RoundRobinTestRouter(cap: 50), snapshots, new InMemoryDecisionLog(), time: clock);
        service.Start();
        return service;
    }
}
