using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Health;
using RoutingRules.Domain.Snapshot;
using static RoutingRules.Domain.Tests.Routing.Commit.LeadAssignmentServiceTests;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// Decisions in force that turned dormant: let go of by the live state, read from the log when a
/// replay, reroute or acknowledgement asks for them, and counted by long health windows.
/// </summary>
public sealed class LeadAssignmentServiceDormantTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = TimeSpan.FromDays(30);
    // The test router's escalation time is 8 h after the decision: dormant 30 days after that.
    private static readonly DateTimeOffset AfterThePeriod = Noon.AddHours(8) + Period;

    [Fact]
    public async Task AssignAsync_NewLeadAfterThePeriod_LetsGoOfTheOldDecisionWithoutReadingTheLog()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;

        await RouteThenLetGoAsync(service, clock, Lead("L1"));

        Assert.Equal((1, 1), service.ReadState(s => (s.ActiveCount, s.DormantCount)));
        Assert.Equal(0, log.InForceReads);
    }

    [Fact]
    public async Task AssignAsync_ReplayOfADormantLead_AnswersTheOriginalDecisionReadFromTheLog()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;
        var original = await RouteThenLetGoAsync(service, clock, Lead("L1"));

        var replay = await service.AssignAsync(new AssignmentRequest(Lead("L1")));

        Assert.True(replay.Replay);
        Assert.Equal(original.Decision.DecisionId, replay.Decision.DecisionId);
        Assert.Equal("rep-0", replay.Decision.Decision.Assignee.RepId);
        Assert.True(log.InForceReads >= 1);
        Assert.Equal(2, log.All.Count);
    }

    [Fact]
    public async Task AssignAsync_ChangedFieldsOfADormantLead_RefusedFromTheFingerprintReadFromTheLog()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;
        await RouteThenLetGoAsync(service, clock, Lead("L1"));

        await Assert.ThrowsAsync<LeadChangedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L1") with { City = "Lille" })));

        Assert.True(log.InForceReads >= 1);
        Assert.Equal(2, log.All.Count);
    }

    [Fact]
    public async Task AssignAsync_ChosenKeyOfADormantLead_ReplaysAndStillRefusesAnotherLead()
    {
        var (_, clock, service) = StartWithPeriod();
        using var __ = service;
        var original = await RouteThenLetGoAsync(service, clock, Lead("L1"), "order-77");

        var replay = await service.AssignAsync(new AssignmentRequest(Lead("L1"), IdempotencyKey: "order-77"));

        Assert.Equal(original.Decision.DecisionId, replay.Decision.DecisionId);
        await Assert.ThrowsAsync<IdempotencyConflictException>(() => service.AssignAsync(new AssignmentRequest(Lead("L3"), IdempotencyKey: "order-77")));
    }

    [Fact]
    public async Task AssignAsync_RerouteOfADormantLead_SupersedesItAndReleasesItsRep()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;
        var original = await RouteThenLetGoAsync(service, clock, Lead("L1"));

        var rerouted = await service.AssignAsync(new AssignmentRequest(Lead("L1"), Reroute: true));

        Assert.Equal(original.Decision.DecisionId, rerouted.Decision.SupersedesDecisionId);
        Assert.Equal([original.Decision.DecisionId, rerouted.Decision.DecisionId], service.History("L1").Select(d => d.DecisionId));
        Assert.Equal(rerouted.Decision.DecisionId, service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
        // Round robin: rep-0 had L1, rep-1 took L2, and rep-0 takes L1 again; without the release
        // of the dormant decision rep-0 would count two open leads.
        Assert.Equal("rep-0", rerouted.Decision.Decision.Assignee.RepId);
        Assert.Equal((1, 1), service.ReadState(s => (s.WorkloadOf("rep-0").OpenLeads, s.WorkloadOf("rep-1").OpenLeads)));
        Assert.Equal(rerouted.Decision.DecisionId, log.InForceForLead("L1")!.DecisionId);
    }

    [Fact]
    public async Task AcknowledgeAsync_DormantLead_AcknowledgesTheDecisionReadFromTheLog()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;
        var original = await RouteThenLetGoAsync(service, clock, Lead("L1"));

        var acknowledged = await service.AcknowledgeAsync(new AcknowledgementRequest("L1", "rep-0"));

        Assert.Equal(original.Decision.DecisionId, acknowledged.Decision.DecisionId);
        Assert.Equal(AfterThePeriod, log.AcknowledgedDecisions[original.Decision.DecisionId]);
        Assert.Equal(AfterThePeriod, service.ReadState(s => s.ActiveForLead("L1"))!.AcknowledgedAt);
    }

    /// <summary>Outcomes come weeks after routing: one for a dormant decision is recorded on it, and keeps it whole for a period.</summary>
    [Fact]
    public async Task RecordOutcomeAsync_DormantLead_RecordsOnTheDecisionReadFromTheLogAndKeepsItWhole()
    {
        var (log, clock, service) = StartWithPeriod();
        using var _ = service;
        var original = await RouteThenLetGoAsync(service, clock, Lead("L1"));
        Assert.Equal(1, service.ReadState(s => s.DormantCount));

        var recorded = await service.RecordOutcomeAsync(new OutcomeRequest("L1", LeadOutcome.Converted, Noon.AddDays(20)));
        clock.Now = AfterThePeriod.AddDays(1);
        await service.AssignAsync(new AssignmentRequest(Lead("later")));

        Assert.Equal(original.Decision.DecisionId, recorded.Decision.DecisionId);
        Assert.Equal(new RecordedOutcome(LeadOutcome.Converted, Noon.AddDays(20), AfterThePeriod), log.Outcomes[original.Decision.DecisionId]);
        var reads = log.InForceReads;
        Assert.Equal(LeadOutcome.Converted, service.ReadState(s => s.ActiveForLead("L1"))!.Outcome!.Outcome);
        Assert.Equal(reads, log.InForceReads);
    }

    [Fact]
    public async Task Start_LogWithOldDecisions_LoadsRepDecisionsDormantAndQueuedLeadsWhole()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        using (var first = Start(log, reps: 1, cap: 1, clock: clock))
        {
            await first.AssignAsync(new AssignmentRequest(Lead("L1")));
            await first.AssignAsync(new AssignmentRequest(Lead("L2")));
        }

        clock.Now = AfterThePeriod;
        using var restarted = Start(log, reps: 1, cap: 1, clock: clock, options: new LeadAssignmentOptions { InMemoryPeriod = Period });

        Assert.Equal((1, 1), restarted.ReadState(s => (s.ActiveCount, s.DormantCount)));
        Assert.Equal(["L2"], restarted.ReadState(s => s.WaitingIn(RoundRobinTestRouter.Queue).Select(d => d.LeadId).ToList()));
        Assert.Equal("rep-0", restarted.ReadState(s => s.ActiveForLead("L1"))!.Decision.Assignee.RepId);
    }

    [Fact]
    public async Task ReadHealth_WindowLongerThanThePeriod_CountsDormantDecisionsFromTheLog()
    {
        var (_, clock, service) = StartWithPeriod();
        using var __ = service;
        await service.AssignAsync(new AssignmentRequest(Lead("L0")));
        await RouteThenLetGoAsync(service, clock, Lead("L1"));

        var longWindow = Health(service, TimeSpan.FromDays(60));
        var shortWindow = Health(service, Period);

        Assert.Equal(3, longWindow.Decisions);
        Assert.Equal(1, shortWindow.Decisions);
    }

    /// <summary>Routes <paramref name="lead"/> at noon, then a lead "late" after the period, which lets go of it.</summary>
    private static async Task<AssignmentResult> RouteThenLetGoAsync(LeadAssignmentService service, ManualTimeProvider clock, Lead lead, string? key = null)
    {
        clock.Now = Noon;
        var routed = await service.AssignAsync(new AssignmentRequest(lead, IdempotencyKey: key));
        clock.Now = AfterThePeriod;
        await service.AssignAsync(new AssignmentRequest(Lead("late")));
        return routed;
    }

    private static RoutingHealth Health(LeadAssignmentService service, TimeSpan window) =>
        RoutingHealthMeter.Measure(service.ReadHealth(ReferenceSnapshot.Empty, AfterThePeriod, window), ReferenceSnapshot.Empty, AfterThePeriod, window);

    private static (InMemoryDecisionLog Log, ManualTimeProvider Clock, LeadAssignmentService Service) StartWithPeriod()
    {
        var log = new InMemoryDecisionLog();
        var clock = new ManualTimeProvider(Noon);
        return (log, clock, Start(log, reps: 2, clock: clock, options: new LeadAssignmentOptions { InMemoryPeriod = Period }));
    }
}
