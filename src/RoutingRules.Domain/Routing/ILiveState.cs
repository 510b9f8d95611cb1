using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// Live routing state as of the last committed decision: what the rules read besides the
/// reference snapshot. The commit path owns it and serialises routing against it, so a router
/// never sees a counter that a concurrent commit is changing.
/// </summary>
public interface ILiveState
{
    /// <summary>The rep's workload now: the written one plus what routing assigned and released since it was written.</summary>
    RepWorkload WorkloadOf(string repId);

    /// <summary>
    /// The territory's persisted round-robin position (0 when never used); given the key of another
    /// of its rotations (<see cref="TerritoryCursor.SmallDealPoolKey"/>), that rotation's.
    /// </summary>
    long RoundRobinCursor(string territoryId);

    /// <summary>Adds the committed decisions for the account at or after <paramref name="since"/> to <paramref name="tally"/>, oldest first.</summary>
    void TallyRecentLeads(string accountId, DateTimeOffset since, ref RecentLeadTally tally);

    /// <summary>Leads already seen from an unknown corporate domain, or null when none.</summary>
    DomainSightings? UnknownDomain(string domain);

    /// <summary>Leads currently waiting in a named queue.</summary>
    int QueueLength(string queueName);
}
