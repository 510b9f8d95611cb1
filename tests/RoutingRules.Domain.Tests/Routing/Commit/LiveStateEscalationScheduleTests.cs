using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// The live state's escalation schedule: <see cref="LiveState.DueForEscalation"/> answers what a
/// scan of every decision in force would (due, longest overdue first, then by sequence), through
/// reroutes, acknowledgements and decisions read back from the log, and its stale entries do not
/// pile up.
/// </summary>
public sealed class LiveStateEscalationScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DueForEscalation_MixedChanges_SameAsScanningEveryDecisionInForce()
    {
        var random = new Random(17);
        var readBack = Enumerable.Range(1, 200).Select(i => Decision(i, $"L{i}", Rep(i), Start.AddMinutes(random.Next(-60, 120)),
            acknowledgedAt: i % 5 == 0 ? Start : null)).ToArray();
        var live = Live(readBack);
        var sequence = readBack.Length;
        for (var step = 0; step < 2_000; step++)
        {
            var leadId = $"L{random.Next(1, 300)}";
            var now = Start.AddMinutes(step / 20);
            var active = live.ActiveForLead(leadId);
            if (active is not null && random.Next(4) == 0)
            {
                live.Acknowledge(active with { AcknowledgedAt = now });
                continue;
            }

            sequence++;
            var assignee = random.Next(6) == 0 ? Assignee.ForQueue("pool") : Rep(random.Next(10));
            // Some escalation times tie on purpose: the order then falls back to the sequence.
            var decision = Decision(sequence, leadId, assignee, now.AddMinutes(random.Next(0, 8) * 5));
            live.Apply(new DecisionCommit(decision, LiveStateChanges.None, active));

            if (step % 50 == 0)
            {
                var max = random.Next(1, 40);
                Assert.Equal(Ids(ScanEveryDecision(live, now, max)), Ids(live.DueForEscalation(now, max)));
            }
        }

        var end = Start.AddDays(1);
        Assert.Equal(Ids(ScanEveryDecision(live, end, int.MaxValue)), Ids(live.DueForEscalation(end, int.MaxValue)));
    }

    [Fact]
    public void DueForEscalation_ReadTwice_ReturnsTheSameUntilTheyChange()
    {
        var live = Live(Decision(1, "L1", Rep(1), Start), Decision(2, "L2", Rep(2), Start.AddMinutes(1)), Decision(3, "L3", Rep(3), Start.AddHours(1)));
        var now = Start.AddMinutes(5);

        var first = Ids(live.DueForEscalation(now, 10));
        var second = Ids(live.DueForEscalation(now, 10));
        live.Acknowledge(live.ActiveForLead("L1")! with { AcknowledgedAt = now });
        var afterAcknowledgement = Ids(live.DueForEscalation(now, 10));

        Assert.Equal(["d1", "d2"], first);
        Assert.Equal(first, second);
        Assert.Equal(["d2"], afterAcknowledgement);
    }

    [Fact]
    public void DueForEscalation_QueuedOrAcknowledgedWhenReadBack_NeverDue()
    {
        var live = Live(
            Decision(1, "L1", Assignee.ForQueue("pool"), Start),
            Decision(2, "L2", Rep(2), Start, acknowledgedAt: Start),
            Decision(3, "L3", Rep(3), Start));

        Assert.Equal(["d3"], Ids(live.DueForEscalation(Start.AddDays(1), 10)));
        Assert.Equal(1, live.ScheduledEscalations);
    }

    [Fact]
    public void Apply_ManyReroutesOfFewLeads_ScheduleStaysBounded()
    {
        var live = Live();
        CommittedDecision? previous = null;
        for (var sequence = 1; sequence <= 50_000; sequence++)
        {
            // Every reroute of one lead supersedes the last; the escalation times lie in the future,
            // so no read drops the stale entries: only the rebuild can.
            var decision = Decision(sequence, "L1", Rep(sequence % 7), Start.AddHours(1));
            live.Apply(new DecisionCommit(decision, LiveStateChanges.None, previous));
            previous = decision;
        }

        Assert.InRange(live.ScheduledEscalations, 1, 65);
        Assert.Equal(["d50000"], Ids(live.DueForEscalation(Start.AddHours(2), 10)));
    }

    private static List<CommittedDecision> ScanEveryDecision(LiveState live, DateTimeOffset now, int max) =>
        live.ActiveDecisions.Where(d => SlaEscalator.IsDue(d, now)).OrderBy(d => d.Decision.EscalateAt).ThenBy(d => d.Sequence).Take(max).ToList();

    private static List<string> Ids(IEnumerable<CommittedDecision> decisions) => decisions.Select(d => d.DecisionId).ToList();

    private static Assignee Rep(int i) => Assignee.ForRep($"rep-{i}", $"Rep {i}");

    private static LiveState Live(params CommittedDecision[] active) =>
        new(new LiveStateData { ActiveDecisions = active, LastSequence = active.Length }, TimeSpan.FromHours(24));

    private static CommittedDecision Decision(long sequence, string leadId, Assignee assignee, DateTimeOffset escalateAt, DateTimeOffset? acknowledgedAt = null) =>
        LiveStateTestDecisions.Committed(sequence, leadId, leadId, assignee, Start, escalateAt, acknowledgedAt);
}
