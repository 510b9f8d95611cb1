using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;
using static RoutingRules.Domain.Tests.Routing.Commit.LeadAssignmentServiceTests;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// RecordOutcomeAsync: through the routing gate and the group commit, durable before the answer; the
/// same outcome again changes nothing, a different one replaces it; a reroute starts without one.
/// </summary>
public sealed class LeadAssignmentServiceOutcomeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RecordOutcomeAsync_AssignedLead_StoresTheOutcomeNowAndAnswersWithTheDecision()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        var assigned = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        clock.Now = Noon.AddDays(3);

        var result = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted));

        var expected = new RecordedOutcome(LeadOutcome.Converted, Noon.AddDays(3), Noon.AddDays(3));
        Assert.False(result.Replay);
        Assert.Equal(assigned.Decision.DecisionId, result.Decision.DecisionId);
        Assert.Equal(expected, result.Decision.Outcome);
        Assert.Equal(expected, log.Outcomes[assigned.Decision.DecisionId]);
        Assert.Equal(expected, service.ReadState(s => s.ActiveForLead("L1")!.Outcome));
    }

    [Fact]
    public async Task RecordOutcomeAsync_GivenTime_KeepsItAndTakesATimeAheadOfTheClockAsNow()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await service.AssignAsync(new AssignmentRequest(Lead("L2")));
        clock.Now = Noon.AddDays(2);

        var past = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.ClosedLost, Noon.AddHours(5)));
        var ahead = await service.RecordOutcomeAsync(new OutcomeRequest("L2", LeadOutcome.ClosedLost, Noon.AddDays(2).AddMinutes(2)));

        Assert.Equal(new RecordedOutcome(LeadOutcome.ClosedLost, Noon.AddHours(5), Noon.AddDays(2)), past.Decision.Outcome);
        Assert.Equal(Noon.AddDays(2), ahead.Decision.Outcome!.At);
    }

    [Fact]
    public async Task RecordOutcomeAsync_SameOutcomeAgain_ChangesNothingAndKeepsTheFirstTime()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        clock.Now = Noon.AddDays(1);
        var first = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Disqualified));
        clock.Now = Noon.AddDays(2);

        var again = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Disqualified, Noon.AddHours(1)));

        Assert.True(again.Replay);
        Assert.Equal(first.Decision.Outcome, again.Decision.Outcome);
        Assert.Equal(1, log.OutcomeWrites);
        Assert.Equal(Noon.AddDays(1), log.Outcomes[first.Decision.DecisionId].At);
    }

    [Fact]
    public async Task RecordOutcomeAsync_DifferentOutcome_ReplacesTheOneRecorded()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        var assigned = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        clock.Now = Noon.AddDays(1);
        await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.ClosedLost));
        clock.Now = Noon.AddDays(9);

        var replaced = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted, Noon.AddDays(8)));
        var reopened = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Open));

        Assert.False(replaced.Replay);
        Assert.Equal(new RecordedOutcome(LeadOutcome.Converted, Noon.AddDays(8), Noon.AddDays(9)), replaced.Decision.Outcome);
        Assert.False(reopened.Replay);
        Assert.Equal(new RecordedOutcome(LeadOutcome.Open, Noon.AddDays(9), Noon.AddDays(9)), log.Outcomes[assigned.Decision.DecisionId]);
        Assert.Equal(3, log.OutcomeWrites);
    }

    [Fact]
    public async Task RecordOutcomeAsync_UnknownLead_ThrowsNotFoundAndStoresNothing()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);

        var failure = await Assert.ThrowsAsync<LeadNotFoundException>(() => service.RecordOutcomeAsync(new OutcomeRequest("nobody", LeadOutcome.Converted)));

        Assert.Equal("nobody", failure.LeadId);
        Assert.Equal(0, log.OutcomeWrites);
    }

    [Fact]
    public async Task RecordOutcomeAsync_DatedBeforeTheDecision_ThrowsAndStoresNothing()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        var assigned = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        clock.Now = Noon.AddDays(1);

        var failure = await Assert.ThrowsAsync<OutcomeBeforeDecisionException>(
            () => service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted, Noon.AddSeconds(-1))));

        Assert.Equal(assigned.Decision.DecisionId, failure.DecisionId);
        Assert.Equal(Noon, failure.DecidedAt);
        Assert.Equal(0, log.OutcomeWrites);
        Assert.Null(service.ReadState(s => s.ActiveForLead("L1")!.Outcome));
        // At the decision's own instant is not before it.
        Assert.Equal(Noon, (await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted, Noon))).Decision.Outcome!.At);
    }

    /// <summary>The outcome is the result of the routing in force: a reroute's decision starts open, the old one keeps its outcome.</summary>
    [Fact]
    public async Task RecordOutcomeAsync_ThenReroute_NewDecisionStartsWithoutOneAndTheOldKeepsIt()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using var service = Start(log, reps: 2, clock: clock);
        var first = await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.ClosedLost));
        clock.Now = Noon.AddDays(1);

        var rerouted = await service.AssignAsync(new AssignmentRequest(Lead("L1"), Reroute: true));

        Assert.Null(rerouted.Decision.Outcome);
        Assert.Null(service.ReadState(s => s.ActiveForLead("L1")!.Outcome));
        Assert.Equal(LeadOutcome.ClosedLost, service.History("L1").Single(d => d.DecisionId == first.Decision.DecisionId).Outcome!.Outcome);
        Assert.False((await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.ClosedLost))).Replay);
        Assert.Equal(2, log.Outcomes.Count);
    }

    [Fact]
    public async Task RecordOutcomeAsync_QueueLead_RecordedAndTheLeadStillWaits()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 1, cap: 1);
        await service.AssignAsync(new AssignmentRequest(Lead("L0")));
        var queued = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        var result = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Disqualified));

        Assert.Equal(RoundRobinTestRouter.Queue, queued.Decision.Decision.Assignee.QueueName);
        Assert.Equal(LeadOutcome.Disqualified, result.Decision.Outcome!.Outcome);
        Assert.Equal(1, service.ReadState(s => s.QueueLength(RoundRobinTestRouter.Queue)));
        Assert.Equal(LeadOutcome.Disqualified, service.ReadState(s => s.WaitingIn(RoundRobinTestRouter.Queue).Single().Outcome!.Outcome));
    }

    [Fact]
    public async Task RecordOutcomeAsync_WrittenButNotSynced_NotAnsweredUntilTheSync()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        using var held = log.HoldSyncs();

        var call = service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted));
        Assert.True(SpinWait.SpinUntil(() => log.Outcomes.Count == 1, Patience));
        var repeat = service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted));
        await Task.Delay(50);

        Assert.False(call.IsCompleted);
        Assert.False(repeat.IsCompleted);
        log.SyncAllowed.Set();
        Assert.False((await call).Replay);
        Assert.True((await repeat).Replay);
    }

    [Fact]
    public async Task RecordOutcomeAsync_FailedCommit_FailsAndLeavesNoOutcome()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 2);
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        log.FailNextCommits = 1;

        await Assert.ThrowsAsync<CommitFailedException>(() => service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted)));

        Assert.Empty(log.Outcomes);
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveForLead("L1")!.Outcome) is null, Patience));
        Assert.False((await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted))).Replay);
    }

    [Fact]
    public async Task Start_AfterAnOutcome_LoadsTheLeadWithIt()
    {
        var log = new InMemoryDecisionLog();
        using (var service = Start(log, reps: 2))
        {
            await service.AssignAsync(new AssignmentRequest(Lead("L1")));
            await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Nurture));
        }

        using var restarted = Start(log, reps: 2);

        Assert.Equal(LeadOutcome.Nurture, restarted.ReadState(s => s.ActiveForLead("L1")!.Outcome!.Outcome));
        Assert.True((await restarted.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Nurture))).Replay);
    }
}
