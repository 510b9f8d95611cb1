using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>Measures <see cref="RoutingHealth"/> from the live state (active decisions, without SQL).</summary>
public static class RoutingHealthMeter
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    /// <summary>Counts under the caller's gate: one pass over the active decisions.</summary>
    public static RoutingHealth Measure(LiveState live, ReferenceSnapshot snapshot, DateTimeOffset now, TimeSpan window)
    {
        var from = now - window;
        int decisions = 0, unmatched = 0, reassigned = 0, escalated = 0;
        foreach (var active in live.ActiveDecisions)
        {
            if (active.DecidedAt >= from && active.DecidedAt <= now)
            {
                decisions++;
                unmatched += active.Decision.Flags.HasFlag(RoutingFlags.NoTerritoryMatch) ? 1 : 0;
                reassigned += active.SupersedesDecisionId is null ? 0 : 1;
                escalated += active.Decision.Flags.HasFlag(RoutingFlags.SlaEscalated) ? 1 : 0;
            }
        }

        var policy = snapshot.Policy;
        var queues = QueueNames(live, snapshot)
            .Select(q => QueueStatus.Of(q, live.WaitingIn(q).Count, policy.Queues))
            .OrderByDescending(q => q.Length).ThenBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
        return new RoutingHealth
        {
            From = from, To = now, Decisions = decisions, Unmatched = unmatched,
            UnmatchedShareAlert = policy.Territories.UnmatchedShareAlert, Queues = queues,
            Reassigned = reassigned, Escalated = escalated, ReassignedShareAlert = policy.Sla.ReassignmentShareAlert,
        };
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
