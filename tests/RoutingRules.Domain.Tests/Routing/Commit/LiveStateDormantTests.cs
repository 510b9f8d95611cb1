using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// The live state with dormant decisions: whatever it let go of, every lookup by lead or key answers
/// what keeping every decision whole would, and only decisions that can no longer change without
/// a caller are let go of.
/// </summary>
public sealed class LiveStateDormantTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Period = DormantDecisions.ShortestPeriod;

    [Fact]
    public void Lookups_MixedRoutesReroutesAndAcknowledgements_SameAsKeepingEveryDecisionWhole()
    {
        var random = new Random(23);
        var log = new InMemoryDecisionLog();
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24), new DormantDecisions(log, Period));
        var expected = new Dictionary<string, CommittedDecision>(StringComparer.Ordinal);
        var letGo = 0;
        for (var step = 1; step <= 3_000; step++)
        {
            var now = Start.AddMinutes(step * 3);
            var leadId = $"L{random.Next(1, 400)}";
            var active = live.ActiveForLead(leadId);
            Assert.Equal(expected.GetValueOrDefault(leadId), active);
            // As the service does, only a decision not yet acknowledged is acknowledged.
            if (active is { AcknowledgedAt: null } && random.Next(3) == 0)
            {
                var acknowledged = active with { AcknowledgedAt = now };
                live.Acknowledge(acknowledged);
                log.Commit([], [new DecisionAcknowledgement(active.Sequence, active.DecisionId, now)]);
                expected[leadId] = acknowledged;
                continue;
            }

            var assignee = random.Next(8) == 0 ? Assignee.ForQueue("pool") : Assignee.ForRep($"rep-{random.Next(5)}", "Rep");
            var key = random.Next(4) == 0 ? $"key-{leadId}-{step}" : leadId;
            var decision = LiveStateTestDecisions.Committed(step, leadId, key, assignee, now, escalateAt: now.AddHours(random.Next(1, 30)));
            var commit = new DecisionCommit(decision, LiveStateChanges.None, active);
            live.Apply(commit);
            log.Commit([commit]);
            expected[leadId] = decision;
            letGo = Math.Max(letGo, live.DormantCount);

            if (step % 100 == 0)
            {
                foreach (var (lead, inForce) in expected)
                {
                    Assert.Equal(inForce, live.ActiveForLead(lead));
                    Assert.Equal(inForce, live.ActiveForKey(inForce.IdempotencyKey));
                }
            }
        }

        Assert.True(letGo > 100, $"only {letGo} decisions turned dormant: the test did not exercise them");
    }

    [Fact]
    public void Apply_AcknowledgedLongAfterItsEscalationTime_StaysWholeForThePeriodAfterTheAcknowledgement()
    {
        var log = new InMemoryDecisionLog();
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24), new DormantDecisions(log, Period));
        var first = LiveStateTestDecisions.Committed(1, "L1", "L1", Assignee.ForRep("rep-1", "Ann"), Start, escalateAt: Start.AddHours(1));
        live.Apply(new DecisionCommit(first, LiveStateChanges.None, null));
        live.Acknowledge(first with { AcknowledgedAt = Start.AddHours(20) });

        live.Apply(new DecisionCommit(LiveStateTestDecisions.Committed(2, "L2", "L2", Assignee.ForRep("rep-1", "Ann"), Start.AddHours(26), Start.AddHours(27)), LiveStateChanges.None, null));
        var wholeAfterItsFirstTime = live.DormantCount;
        live.Apply(new DecisionCommit(LiveStateTestDecisions.Committed(3, "L3", "L3", Assignee.ForRep("rep-1", "Ann"), Start.AddHours(44), Start.AddHours(45)), LiveStateChanges.None, null));

        Assert.Equal(0, wholeAfterItsFirstTime);
        Assert.Equal(1, live.DormantCount);
        Assert.Equal(["L2", "L3"], live.ActiveDecisions.Select(d => d.LeadId).Order());
    }

    [Fact]
    public void Apply_OneLeadReroutedAgainAndAgain_ScheduleStaysSmall()
    {
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24), new DormantDecisions(new InMemoryDecisionLog(), Period));
        CommittedDecision? previous = null;
        for (var sequence = 1; sequence <= 10_000; sequence++)
        {
            var decision = LiveStateTestDecisions.Committed(sequence, "L1", "L1", Assignee.ForRep("rep-1", "Ann"), Start.AddSeconds(sequence), Start.AddHours(1));
            live.Apply(new DecisionCommit(decision, LiveStateChanges.None, previous));
            previous = decision;
        }

        Assert.InRange(live.ScheduledToTurnDormant, 1, 65);
        live.Apply(new DecisionCommit(LiveStateTestDecisions.Committed(10_001, "L2", "L2", Assignee.ForRep("rep-1", "Ann"), Start.AddDays(3), Start.AddDays(3)), LiveStateChanges.None, null));
        Assert.Equal(1, live.DormantCount);
    }

    [Fact]
    public void Apply_LeadWaitingInAQueue_NeverTurnsDormant()
    {
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24), new DormantDecisions(new InMemoryDecisionLog(), Period));
        live.Apply(new DecisionCommit(LiveStateTestDecisions.Committed(1, "L1", "L1", Assignee.ForQueue("pool"), Start, Start.AddHours(1)), LiveStateChanges.None, null));

        live.Apply(new DecisionCommit(LiveStateTestDecisions.Committed(2, "L2", "L2", Assignee.ForRep("rep-1", "Ann"), Start.AddDays(90), Start.AddDays(90)), LiveStateChanges.None, null));

        Assert.Equal(0, live.DormantCount);
        Assert.Equal("L1", Assert.Single(live.WaitingIn("pool")).LeadId);
    }

    [Fact]
    public void ActiveForLead_HashAbsent_ReadsNothingFromTheLog()
    {
        var log = new InMemoryDecisionLog();
        var live = new LiveState(new LiveStateData { DormantLeads = [new DormantLead("L1", "L1")] }, TimeSpan.FromHours(24), new DormantDecisions(log, Period));

        Assert.Null(live.ActiveForLead("L2"));
        Assert.Null(live.ActiveForKey("L2"));
        Assert.Equal(0, log.InForceReads);
        Assert.Null(live.ActiveForLead("L1"));
        Assert.Equal(1, log.InForceReads);
    }

    [Fact]
    public void Constructor_PeriodShorterThanADay_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DormantDecisions(new InMemoryDecisionLog(), TimeSpan.FromHours(23)));
        Assert.Throws<ArgumentException>(() => new LiveState(new LiveStateData { DormantLeads = [new DormantLead("L1", "L1")] }, TimeSpan.FromHours(24)));
    }
}
