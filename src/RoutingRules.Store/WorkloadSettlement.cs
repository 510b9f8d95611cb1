using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store;

/// <summary>
/// What a write stores as a rep's workload. Run inside the write's transaction, with routing's
/// counters read there (<see cref="RoutedCounts"/>), so the workload and what it is as of are
/// stored together and survive a crash together.
/// </summary>
internal static class WorkloadSettlement
{
    /// <param name="incoming">The rep the write stores.</param>
    /// <param name="stored">The rep as stored before the write, if any.</param>
    /// <param name="routed">Routing's counters for the rep now.</param>
    /// <param name="today">The UTC day of the write.</param>
    public static Rep Settle(Rep incoming, Rep? stored, RepLiveCounters routed, DateOnly today)
    {
        if (incoming.WorkloadAsOf is not null)
        {
            // Stored state carried through unchanged (the stored reps of a merge, a status change).
            return incoming;
        }

        if (incoming.HasWorkload)
        {
            // Written now: it states the rep's workload at this moment.
            return incoming with { WorkloadAsOf = EffectiveWorkload.AsOf(routed, today) };
        }

        // No workload given: keep what is stored rather than zero it; a new rep starts empty now.
        return stored?.WorkloadAsOf is { } keptAsOf
            ? incoming with { Workload = stored.Workload, WorkloadAsOf = keptAsOf }
            : incoming with { Workload = RepWorkload.Empty, WorkloadAsOf = EffectiveWorkload.AsOf(routed, today) };
    }
}
