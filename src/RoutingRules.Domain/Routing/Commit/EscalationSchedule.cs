using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The decisions in force that may come due for SLA escalation (assigned to a rep, not
/// acknowledged, no closed outcome), ordered by escalation time then sequence: a sweep reads the due ones at the
/// front instead of scanning every decision in force under the routing gate, so its cost follows
/// the leads due, not the size of the log.
/// <para>
/// An entry is the lead id and the decision's sequence, not the decision: entries are not removed
/// when their decision is superseded or acknowledged (a heap cannot remove from its middle
/// cheaply), and holding the decision would keep every superseded one alive until then, long
/// enough for the garbage collector to promote it (under reroutes, RouteLead's p99 doubled).
/// <see cref="Due"/> drops a stale entry when it reaches the front, by comparing it with the
/// lead's decision in force; the heap is rebuilt from the decisions in force once it holds more
/// than twice as many entries as there are of those, so stale entries never pile up.
/// </para>
/// </summary>
internal sealed class EscalationSchedule
{
    // Below this many entries a rebuild would save too little to be worth its pass.
    private const int CompactionFloor = 64;

    // Stale entries one read may drop: it runs under the routing gate, so a backlog of them (a
    // busy hour of acknowledged leads coming due at once) is drained over several sweeps instead
    // of holding routing up for one long pass.
    private const int StaleDropsPerRead = 65_536;

    private PriorityQueue<string, (DateTimeOffset EscalateAt, long Sequence)> _byTime = new();

    /// <summary>Entries held, stale ones included.</summary>
    public int Count => _byTime.Count;

    /// <summary>Schedules <paramref name="decision"/> if it is one that can come due.</summary>
    public void Track(CommittedDecision decision)
    {
        if (CanComeDue(decision))
        {
            _byTime.Enqueue(decision.LeadId, (decision.Decision.EscalateAt, decision.Sequence));
        }
    }

    /// <summary>
    /// At most <paramref name="max"/> decisions due at <paramref name="now"/>, longest overdue first
    /// (then by sequence), each the lead's decision in force as <paramref name="inForce"/> gives it.
    /// The ones returned stay scheduled (an escalation supersedes them, or the next sweep finds them
    /// again); stale entries met on the way are dropped, at most <see cref="StaleDropsPerRead"/> of
    /// them per read.
    /// </summary>
    public List<CommittedDecision> Due(DateTimeOffset now, int max, Func<string, CommittedDecision?> inForce)
    {
        var due = new List<CommittedDecision>();
        var dropped = 0;
        while (due.Count < max && dropped < StaleDropsPerRead && _byTime.TryPeek(out var leadId, out var at) && at.EscalateAt <= now)
        {
            _byTime.Dequeue();
            // A decision scheduled twice (reopened before its first entry came up) is taken once.
            if (inForce(leadId) is { } current && current.Sequence == at.Sequence && SlaEscalator.IsDue(current, now) && !Holds(due, current))
            {
                due.Add(current);
            }
            else
            {
                dropped++;
            }
        }

        foreach (var decision in due)
        {
            Track(decision);
        }

        return due;
    }

    /// <summary>Rebuilds the heap from the decisions in force once it holds more than twice as many entries.</summary>
    public void CompactIfStale(IReadOnlyCollection<CommittedDecision> inForce)
    {
        if (_byTime.Count > CompactionFloor && _byTime.Count > 2 * inForce.Count)
        {
            Rebuild(inForce);
        }
    }

    /// <summary>Schedules exactly <paramref name="inForce"/>'s decisions that can come due, in one pass (a heap built at once, not entry by entry).</summary>
    public void Rebuild(IEnumerable<CommittedDecision> inForce) =>
        _byTime = new PriorityQueue<string, (DateTimeOffset, long)>(
            inForce.Where(CanComeDue).Select(d => (d.LeadId, (d.Decision.EscalateAt, d.Sequence))));

    private static bool CanComeDue(CommittedDecision decision) =>
        decision.AcknowledgedAt is null && decision.Decision.Assignee.RepId is not null && decision.Outcome is not { IsClosed: true };

    private static bool Holds(List<CommittedDecision> due, CommittedDecision decision)
    {
        foreach (var taken in due)
        {
            if (ReferenceEquals(taken, decision))
            {
                return true;
            }
        }

        return false;
    }
}
