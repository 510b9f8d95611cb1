using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Measures <see cref="RoutingHealth"/> from the live state (active decisions, without SQL; for a
/// window longer than its in-memory period, with the dormant decisions the log gives, see
/// <see cref="LeadAssignmentService.ReadHealth"/>) in two steps: <see cref="Read"/> copies what it
/// needs under the caller's gate (the decisions in force, which are immutable, and the queue
/// lengths), and <see cref="Measure(HealthReading, ReferenceSnapshot, DateTimeOffset, TimeSpan)"/>
/// counts outside it, so routing waits for a copy, not for the whole measurement.
/// </summary>
public static class RoutingHealthMeter
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    /// <summary>Both steps at once, for a caller that holds the live state alone (tests, tools).</summary>
    public static RoutingHealth Measure(LiveState live, ReferenceSnapshot snapshot, DateTimeOffset now, TimeSpan window) =>
        Measure(Read(live, snapshot), snapshot, now, window);

    /// <summary>Under the caller's gate: the decisions in force and the length of each queue to report.</summary>
    public static HealthReading Read(LiveState live, ReferenceSnapshot snapshot) =>
        new(live.ActiveDecisions.ToArray(), QueueNames(live, snapshot).ToDictionary(q => q, q => live.WaitingIn(q).Count, StringComparer.Ordinal));

    /// <summary>Counts a <see cref="Read"/>: one pass over its decisions, outside any gate.</summary>
    public static RoutingHealth Measure(HealthReading reading, ReferenceSnapshot snapshot, DateTimeOffset now, TimeSpan window)
    {
        var from = now - window;
        int decisions = 0, unmatched = 0, withoutReview = 0, reassigned = 0, escalated = 0, manual = 0, manuallyReassigned = 0;
        var distributed = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var sla = new SlaComplianceTally();
        var conversion = new ConversionTally();
        var whyUnmatched = new UnmatchedTally();
        // Flags are tested with masks, not HasFlag: this loop runs rarely, so often as unoptimised
        // code, where HasFlag boxes its two arguments for every decision counted.
        foreach (var active in InForce(reading))
        {
            if (active.DecidedAt < from || active.DecidedAt > now)
            {
                continue;
            }

            var decision = active.Decision;
            decisions++;
            if ((decision.Flags & RoutingFlags.NoTerritoryMatch) != 0)
            {
                unmatched++;
                whyUnmatched.Count(decision);
            }

            var byHand = (decision.Flags & RoutingFlags.ManualAssignment) != 0;
            // A lead ops assigned by hand was not assigned without manual review, whoever had it before.
            withoutReview += decision.Assignee.RepId is not null && (decision.Flags & RoutingFlags.ManualReviewMatch) == 0 && !byHand ? 1 : 0;
            // A queue lead taken by a rep had no owner to change: its manual decision is its assignment after review.
            var ownerChanged = active.SupersedesDecisionId is not null && (decision.Flags & RoutingFlags.TakenFromQueue) == 0;
            reassigned += ownerChanged ? 1 : 0;
            escalated += (decision.Flags & RoutingFlags.SlaEscalated) != 0 ? 1 : 0;
            manual += byHand ? 1 : 0;
            manuallyReassigned += byHand && ownerChanged ? 1 : 0;
            sla.Count(active, now);
            conversion.Count(active);
            if (decision.Level == RoutingLevel.Territory && decision.TerritoryId is { } territoryId && decision.Assignee.RepId is { } repId)
            {
                var byRep = distributed.TryGetValue(territoryId, out var found) ? found : distributed[territoryId] = new(StringComparer.Ordinal);
                byRep[repId] = byRep.GetValueOrDefault(repId) + 1;
            }
        }

        var policy = snapshot.Policy;
        var queues = reading.QueueLengths
            .Select(q => QueueStatus.Of(q.Key, q.Value, policy.Queues))
            .OrderByDescending(q => q.Length).ThenBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
        return new RoutingHealth
        {
            From = from, To = now, Decisions = decisions, Unmatched = unmatched,
            UnmatchedShareAlert = policy.Territories.UnmatchedShareAlert, Queues = queues,
            AssignedWithoutReview = withoutReview, Reassigned = reassigned, Escalated = escalated,
            ManuallyAssigned = manual, ManuallyReassigned = manuallyReassigned,
            Balance = DistributionBalance.Of(distributed, snapshot), Sla = sla.Result(), Conversion = conversion.Result(policy.Health.MinOutcomesPerGroup),
            UnmatchedBreakdown = whyUnmatched.Result(), Targets = policy.Health,
        };
    }

    /// <summary>The reading's decisions kept whole, then its dormant ones whose lead is not among them.</summary>
    private static IEnumerable<CommittedDecision> InForce(HealthReading reading)
    {
        if (reading.Dormant.Count == 0)
        {
            return reading.Decisions;
        }

        var whole = new HashSet<string>(reading.Decisions.Select(d => d.LeadId), StringComparer.Ordinal);
        return reading.Decisions.Concat(reading.Dormant.Where(d => !whole.Contains(d.LeadId)));
    }

    /// <summary>The fallback and competitor queues, even when empty, and every queue holding leads.</summary>
    private static SortedSet<string> QueueNames(LiveState live, ReferenceSnapshot snapshot)
    {
        var fallback = FallbackQueues.From(snapshot);
        var names = new SortedSet<string>(live.QueuesWithLeads, StringComparer.Ordinal) { fallback.Escalation, snapshot.Policy.Queues.CompetitorQueue };
        foreach (var optional in new[] { fallback.DefaultPool, fallback.PriorityQueue })
        {
            if (optional is not null)
            {
                names.Add(optional);
            }
        }

        return names;
    }
}
