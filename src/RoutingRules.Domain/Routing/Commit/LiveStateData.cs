namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The live routing state as read back from the decision log at start or after a failed commit.</summary>
public sealed record LiveStateData
{
    public static LiveStateData Empty { get; } = new();

    /// <summary>Highest committed sequence (0 for an empty log).</summary>
    public long LastSequence { get; init; }

    /// <summary>Decisions not superseded by a reroute: one per lead.</summary>
    public IReadOnlyList<CommittedDecision> ActiveDecisions { get; init; } = [];

    /// <summary>
    /// Decisions in force that are dormant (see <see cref="DormantDecisions"/>), by lead id and
    /// idempotency key only: the live state reads them from the log when asked for one.
    /// </summary>
    public IReadOnlyList<DormantLead> DormantLeads { get; init; } = [];

    /// <summary>Committed decisions (including superseded ones) recent enough for the high-activity rule, oldest first.</summary>
    public IReadOnlyList<CommittedDecision> RecentDecisions { get; init; } = [];

    public IReadOnlyDictionary<string, RepLiveCounters> RepCounters { get; init; } = new Dictionary<string, RepLiveCounters>();
    public IReadOnlyDictionary<string, long> Cursors { get; init; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, DomainSightings> Sightings { get; init; } = new Dictionary<string, DomainSightings>();
    public IReadOnlyDictionary<string, int> QueueLengths { get; init; } = new Dictionary<string, int>();
}
