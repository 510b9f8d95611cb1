using RoutingRules.Domain.Routing.Commit;
using static RoutingRules.Domain.Tests.Routing.Commit.LeadAssignmentServiceTests;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>AcknowledgeAsync: through the routing gate and the group commit, durable before the answer, first time kept.</summary>
public sealed class LeadAssignmentServiceAcknowledgementTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AcknowledgeAsync_AssignedLead_StoresTheTimeAndAnswersWithTheDecision()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        var assigned = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        clock.Now = Noon.AddMinutes(5);

        var result = await service.AcknowledgeAsync(new AcknowledgementRequest("L1"));

        Assert.False(result.Replay);
        Assert.Equal(assigned.Decision.DecisionId, result.Decision.DecisionId);
        Assert.Equal(Noon.AddMinutes(5), result.Decision.AcknowledgedAt);
        Assert.Equal(Noon.AddMinutes(5), log.AcknowledgedDecisions[assigned.Decision.DecisionId]);
        Assert.Equal(Noon.AddMinutes(5), service.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt));
    }

    [Fact]
    public async Task AcknowledgeAsync_Twice_KeepsTheFirstTime()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await service.AcknowledgeAsync(new AcknowledgementRequest("L1"));
        clock.Now = Noon.AddHours(1);

        var again = await service.AcknowledgeAsync(new AcknowledgementRequest("L1", "rep-0"));

        Assert.True(again.Replay);
        Assert.Equal(Noon, again.Decision.AcknowledgedAt);
        Assert.Equal(Noon, Assert.Single(log.AcknowledgedDecisions).Value);
    }

    [Fact]
    public async Task AcknowledgeAsync_UnknownLead_ThrowsNotFound()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2);

        var failure = await Assert.ThrowsAsync<LeadNotFoundException>(() => service.AcknowledgeAsync(new AcknowledgementRequest("nobody")));

        Assert.Equal("nobody", failure.LeadId);
    }

    [Fact]
    public async Task AcknowledgeAsync_AnotherRep_ThrowsNamingTheHolderAndStoresNothing()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        var failure = await Assert.ThrowsAsync<NotAssigneeException>(() => service.AcknowledgeAsync(new AcknowledgementRequest("L1", "rep-1")));

        Assert.Equal("rep-0", failure.Holder.RepId);
        Assert.Contains("Rep 0 (rep-0)", failure.Message, StringComparison.Ordinal);
        Assert.Empty(log.AcknowledgedDecisions);
        Assert.Null(service.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt));
    }

    /// <summary>DOMAIN.md §6 counts the leads waiting in a queue: one taken up is out of its length, once.</summary>
    [Fact]
    public async Task AcknowledgeAsync_QueueLead_LeavesTheQueueLengthOnceEvenWhenRerouted()
    {
        var log = new InMemoryDecisionLog();
        using (var service = Start(log, reps: 1, cap: 1))
        {
            for (var i = 0; i < 3; i++)
            {
                await service.AssignAsync(new AssignmentRequest(Lead($"L{i}")));
            }

            Assert.Equal(2, service.ReadState(s => s.QueueLength(RoundRobinTestRouter.Queue)));

            await service.AcknowledgeAsync(new AcknowledgementRequest("L1"));
            Assert.Equal(1, service.ReadState(s => s.QueueLength(RoundRobinTestRouter.Queue)));

            // Rerouted while the rep is still full: back in the queue, waiting again, counted again.
            var rerouted = await service.AssignAsync(new AssignmentRequest(Lead("L1"), Reroute: true));
            Assert.Equal(RoundRobinTestRouter.Queue, rerouted.Decision.Decision.Assignee.QueueName);
            Assert.Equal(2, service.ReadState(s => s.QueueLength(RoundRobinTestRouter.Queue)));
        }

        Assert.Equal(2, log.Load(Noon.AddYears(-1)).QueueLengths[RoundRobinTestRouter.Queue]);
    }

    [Fact]
    public async Task AcknowledgeAsync_ThenReroute_NewDecisionStartsUnacknowledged()
    {
        using var service = Start(new InMemoryDecisionLog(), reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await service.AcknowledgeAsync(new AcknowledgementRequest("L1"));

        var rerouted = await service.AssignAsync(new AssignmentRequest(Lead("L1"), Reroute: true));

        Assert.Null(rerouted.Decision.AcknowledgedAt);
        Assert.Null(service.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt));
        Assert.Null((await service.AssignAsync(new AssignmentRequest(Lead("L1")))).Decision.AcknowledgedAt);
    }

    [Fact]
    public async Task AcknowledgeAsync_WrittenButNotSynced_NotAnsweredUntilTheSync()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        using var held = log.HoldSyncs();

        var call = service.AcknowledgeAsync(new AcknowledgementRequest("L1"));
        Assert.True(SpinWait.SpinUntil(() => log.AcknowledgedDecisions.Count == 1, Patience));
        var repeat = service.AcknowledgeAsync(new AcknowledgementRequest("L1"));
        await Task.Delay(50);

        Assert.False(call.IsCompleted);
        Assert.False(repeat.IsCompleted);
        log.SyncAllowed.Set();
        Assert.False((await call).Replay);
        Assert.True((await repeat).Replay);
    }

    [Fact]
    public async Task AcknowledgeAsync_FailedCommit_FailsAndLeavesTheLeadUnacknowledged()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        log.FailNextCommits = 1;

        await Assert.ThrowsAsync<CommitFailedException>(() => service.AcknowledgeAsync(new AcknowledgementRequest("L1")));

        Assert.Empty(log.AcknowledgedDecisions);
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt) is null, Patience));
        Assert.False((await service.AcknowledgeAsync(new AcknowledgementRequest("L1"))).Replay);
    }

    [Fact]
    public async Task Start_AfterAnAcknowledgement_LoadsTheLeadAcknowledged()
    {
        var log = new InMemoryDecisionLog();
        using (var service = Start(log, reps: 2))
        {
            await service.AssignAsync(new AssignmentRequest(Lead("L1")));
            await service.AcknowledgeAsync(new AcknowledgementRequest("L1"));
        }

        using var restarted = Start(log, reps: 2);

        Assert.Equal(Noon, restarted.ReadState(s => s.ActiveForLead("L1")!.AcknowledgedAt));
        Assert.True((await restarted.AcknowledgeAsync(new AcknowledgementRequest("L1"))).Replay);
    }
}
