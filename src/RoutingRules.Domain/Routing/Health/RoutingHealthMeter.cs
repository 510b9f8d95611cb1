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
        int decisions = 0, unmatched = 0, withoutReview = 0, reassigned = 0, escalated = 0;
        var distributed = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var active in live.ActiveDecisions)
        {
            if (active.DecidedAt < from || active.DecidedAt > now)
            {
                continue;
            }

            var decision = active.Decision;
            decisions++;
            unmatched += decision.Flags.HasFlag(RoutingFlags.NoTerritoryMatch) ? 1 : 0;
            withoutReview += decision.Assignee.RepId is not null && !decision.Flags.HasFlag(RoutingFlags.ManualReviewMatch) ? 1 : 0;
            reassigned += active.SupersedesDecisionId is not null ? 1 : 0;
            escalated += decision.Flags.HasFlag(RoutingFlags.SlaEscalated) ? 1 : 0;
            if (decision.Level == RoutingLevel.Territory && decision.TerritoryId is { } territoryId && decision.Assignee.RepId is { } repId)
            {
                var byRep = distributed.TryGetValue(territoryId, out var found) ? found : distributed[territoryId] = new(StringComparer.Ordinal);
                byRep[repId] = byRep.GetValueOrDefault(repId) + 1;
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
            AssignedWithoutReview = withoutReview, Reassigned = reassigned, Escalated = escalated,
            Balance = DistributionBalance.Of(distributed, snapshot), Targets = policy.Health,
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
