using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class LeadAssignmentServiceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AssignAsync_NewLead_CommitsBeforeAnswering()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);

        var result = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        Assert.False(result.Replay);
        Assert.Equal("rep-0", result.Decision.Decision.Assignee.RepId);
        Assert.Equal("L1", Assert.Single(log.All).LeadId);
    }

    [Fact]
    public async Task AssignAsync_NewLead_StoresTheTraceButAnswersWithoutIt()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);

        var result = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        Assert.Equal(["TestRoundRobin"], Domain.Explain.Binary.TraceBinary.Decode(log.TraceOf(result.Decision.DecisionId)).FiredRules);
        Assert.Empty(result.Decision.Trace.FiredRules);
    }

    [Fact]
    public async Task AssignAsync_SameLeadAgain_ReturnsOriginalAsReplay()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);

        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        var again = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        var byKey = await service.AssignAsync(new AssignmentRequest(Lead("L1"), IdempotencyKey: "L1"));

        Assert.True(again.Replay);
        Assert.True(byKey.Replay);
        Assert.Equal(first.Decision.DecisionId, again.Decision.DecisionId);
        Assert.Single(log.All);
    }

    [Fact]
    public async Task AssignAsync_KeyOfAnotherLead_ThrowsConflict()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1"), "k-1"));

        var conflict = await Assert.ThrowsAsync<IdempotencyConflictException>(
            () => service.AssignAsync(new AssignmentRequest(Lead("L2"), "k-1")));

        Assert.Equal("L1", conflict.ExistingLeadId);
    }

    [Fact]
    public async Task AssignAsync_Reroute_SupersedesAndReleasesOldRep()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        var second = await service.AssignAsync(new AssignmentRequest(Lead("L1"), Reroute: true));

        Assert.False(second.Replay);
        Assert.Equal(first.Decision.DecisionId, second.Decision.SupersedesDecisionId);
        Assert.NotEqual(first.Decision.Decision.Assignee.RepId, second.Decision.Decision.Assignee.RepId);
        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-0").OpenLeads));
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-1").OpenLeads));
        Assert.Equal([first.Decision.DecisionId, second.Decision.DecisionId], service.History("L1").Select(d => d.DecisionId));
        Assert.Equal(second.Decision.DecisionId, (await service.AssignAsync(new AssignmentRequest(Lead("L1")))).Decision.DecisionId);
    }

    [Fact]
    public async Task AssignAsync_ManyParallelCallers_CapsRoundRobinAndUniquenessHold()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 5, cap: 30);

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(client => Task.Run(async () =>
        {
            var mine = new List<AssignmentResult>();
            for (var i = 0; i < 6; i++)
            {
                // Every lead is sent by two clients, so half the calls race for the same id.
                mine.Add(await service.AssignAsync(new AssignmentRequest(Lead($"L{(client / 2 * 6) + i}"))));
            }

            return mine;
        })));

        var stored = log.All;
        Assert.Equal(96, stored.Count);
        Assert.Equal(96, stored.Select(d => d.LeadId).Distinct().Count());
        var perRep = stored.GroupBy(d => d.Decision.Assignee.RepId!).Select(g => g.Count()).ToList();
        Assert.True(perRep.Max() <= 30);
        Assert.True(perRep.Max() - perRep.Min() <= 1, string.Join(",", perRep));
        Assert.All(results.SelectMany(r => r), r => Assert.Contains(stored, d => d.DecisionId == r.Decision.DecisionId));
    }

    [Fact]
    public async Task AssignAsync_RepsAtCap_OverflowGoesToQueue()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2, cap: 2);

        var results = new List<AssignmentResult>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(await service.AssignAsync(new AssignmentRequest(Lead($"L{i}"))));
        }

        Assert.Equal(4, results.Count(r => r.Decision.Decision.Assignee.RepId is not null));
        Assert.Equal(2, service.ReadState(s => s.QueueLength(RoundRobinTestRouter.Queue)));
    }

    [Fact]
    public async Task AssignAsync_CommitFails_CallFailsAndStateIsReloaded()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        log.FailNextCommits = 1;

        await Assert.ThrowsAsync<CommitFailedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L2"))));
        var retried = await service.AssignAsync(new AssignmentRequest(Lead("L2")));

        Assert.False(retried.Replay);
        Assert.Equal("rep-1", retried.Decision.Decision.Assignee.RepId);
        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-2").OpenLeads));
        Assert.Equal(["L1", "L2"], log.All.Select(d => d.LeadId));
    }

    [Fact]
    public async Task AssignAsync_CallsDuringACommit_AreWrittenTogether()
    {
        var log = new InMemoryDecisionLog();
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var service = Start(log, reps: 4);
        log.DuringCommit = () =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(10));
        };

        var first = service.AssignAsync(new AssignmentRequest(Lead("L0")));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)));
        var queued = Enumerable.Range(1, 10).Select(i => service.AssignAsync(new AssignmentRequest(Lead($"L{i}")))).ToList();
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveCount) == 11, TimeSpan.FromSeconds(10)));
        Assert.False(first.IsCompleted);
        release.Set();
        await Task.WhenAll(queued.Append(first));

        Assert.Equal(2, log.CommitCount);
        Assert.Equal(10, log.LargestBatch);
    }

    [Fact]
    public async Task Start_ExistingLog_ContinuesRotationAndReplays()
    {
        var log = new InMemoryDecisionLog();
        string firstId;
        using (var before = Start(log, reps: 3))
        {
            firstId = (await before.AssignAsync(new AssignmentRequest(Lead("L1")))).Decision.DecisionId;
            await before.AssignAsync(new AssignmentRequest(Lead("L2")));
        }

        using var after = Start(log, reps: 3);
        var replay = await after.AssignAsync(new AssignmentRequest(Lead("L1")));
        var next = await after.AssignAsync(new AssignmentRequest(Lead("L3")));

        Assert.Equal(firstId, replay.Decision.DecisionId);
        Assert.Equal("rep-2", next.Decision.Decision.Assignee.RepId);
        Assert.Equal(3, next.Decision.Sequence);
    }

    [Fact]
    public async Task WorkloadOf_NextUtcDay_AssignedTodayRestarts()
    {
        var clock = new ManualTimeProvider(Noon.AddHours(11));
        using var service = Start(new InMemoryDecisionLog(), reps: 1, clock: clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await service.AssignAsync(new AssignmentRequest(Lead("L2")));
        Assert.Equal(2, service.ReadState(s => s.WorkloadOf("rep-0").AssignedToday));

        clock.Now = Noon.AddHours(12);

        Assert.Equal(0, service.ReadState(s => s.WorkloadOf("rep-0").AssignedToday));
        Assert.Equal(2, service.ReadState(s => s.WorkloadOf("rep-0").OpenLeads));
        await service.AssignAsync(new AssignmentRequest(Lead("L3")));
        Assert.Equal(1, service.ReadState(s => s.WorkloadOf("rep-0").AssignedToday));
    }

    [Fact]
    public async Task AssignAsync_ThirdLeadOfUnknownDomain_PublishesCreatedAccount()
    {
        var created = new List<Account>();
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2, options: new LeadAssignmentOptions { AccountCreated = created.Add });

        for (var i = 0; i < 3; i++)
        {
            await service.AssignAsync(new AssignmentRequest(Lead($"L{i}") with { CompanyName = "NewCo" }));
        }

        Assert.Equal("acc-newco", Assert.Single(created).Id);
        Assert.Equal(new DomainSightings("newco.com", 3, "rep-0"), service.ReadState(s => s.UnknownDomain("newco.com")));
    }

    internal static Lead Lead(string id) => new() { Id = id, Email = $"{id}@example.com" };

    internal static LeadAssignmentService Start(
        IDecisionLog log, int reps, int cap = 50, TimeProvider? clock = null, LeadAssignmentOptions? options = null)
    {
        var dataset = Dataset.Empty with
        {
            Reps = Enumerable.Range(0, reps).Select(i => new Rep { Id = $"rep-{i}", Name = $"Rep {i}" }).ToList(),
        };
        var service = new LeadAssignmentService(
            new RoundRobinTestRouter(cap), new SnapshotHolder(ReferenceSnapshot.Build(dataset)), log, options, clock ?? new ManualTimeProvider(Noon));
        service.Start();
        return service;
    }
}
