namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The decisions in force that the live state no longer keeps whole, and when each one it keeps
/// whole will turn dormant. A decision is <em>dormant</em> once nothing routing does can change it
/// without a caller asking: it is assigned to a rep (a lead waiting in a queue never turns
/// dormant), and the in-memory period has passed since it was made, since it was acknowledged
/// or, unacknowledged, since its escalation time (with automatic escalation on, an unacknowledged
/// lead is escalated long before), and since its outcome was last recorded. A dormant decision still answers replays, reroutes and
/// acknowledgements, read from the log when asked for: the live state keeps only a 64-bit hash of
/// its lead id, and of its idempotency key when the caller chose one (a few tens of bytes where
/// the whole decision takes about 700; docs/PERFORMANCE.md, "Decisions in force"). A lookup whose
/// hash is absent, which is every new lead, reads nothing; one whose hash is present reads the log
/// and checks what it finds, so two leads sharing a hash, or a lead kept whole again since (a
/// reroute), cost a read and nothing else. Not thread-safe: the live state's gate.
/// </summary>
public sealed class DormantDecisions
{
    /// <summary>The shortest in-memory period: a decision must be durable long before it turns dormant.</summary>
    public static readonly TimeSpan ShortestPeriod = TimeSpan.FromDays(1);

    // Below this many entries a rebuild of the schedule would save too little to be worth its pass.
    private const int CompactionFloor = 64;

    private readonly IDecisionLog _log;
    private readonly HashSet<ulong> _leads = [];
    private readonly HashSet<ulong> _chosenKeys = [];
    // Decisions kept whole that will turn dormant, by when: an entry is the lead and the decision's
    // sequence, checked against the lead's decision in force when it comes up (see LiveState). A
    // reroute leaves its superseded decision's entry behind; CompactIfStale keeps those from piling up.
    private PriorityQueue<(string LeadId, long Sequence), DateTimeOffset> _becomingDormant = new();

    public DormantDecisions(IDecisionLog log, TimeSpan inMemoryPeriod)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (inMemoryPeriod < ShortestPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(inMemoryPeriod), inMemoryPeriod, $"The in-memory period must be at least {ShortestPeriod.TotalDays} day.");
        }

        _log = log;
        InMemoryPeriod = inMemoryPeriod;
    }

    /// <summary>How long a decision stays whole in memory after it was made and after its last change.</summary>
    public TimeSpan InMemoryPeriod { get; }

    /// <summary>Dormant leads held (by hash; a lead kept whole again since is still counted).</summary>
    public int Count => _leads.Count;

    /// <summary>When <paramref name="decision"/> turns dormant as it stands; null while it waits in a queue.</summary>
    public DateTimeOffset? DormantFrom(CommittedDecision decision) => DormantFrom(DormancyFacts.Of(decision));

    /// <summary>When a decision with these <paramref name="facts"/> turns dormant; null while it waits in a queue.</summary>
    public DateTimeOffset? DormantFrom(DormancyFacts facts)
    {
        if (!facts.AssignedToRep)
        {
            return null;
        }

        var lastChange = facts.AcknowledgedAt ?? facts.EscalateAt;
        if (facts.OutcomeRecordedAt is { } outcome && outcome > lastChange)
        {
            lastChange = outcome;
        }

        return (lastChange > facts.DecidedAt ? lastChange : facts.DecidedAt) + InMemoryPeriod;
    }

    /// <summary>True when <paramref name="decision"/> has turned dormant at <paramref name="now"/>.</summary>
    public bool IsDormant(CommittedDecision decision, DateTimeOffset now) => DormantFrom(decision) is { } at && at <= now;

    /// <summary>True when a decision with these <paramref name="facts"/> has turned dormant at <paramref name="now"/>.</summary>
    public bool IsDormant(DormancyFacts facts, DateTimeOffset now) => DormantFrom(facts) is { } at && at <= now;

    /// <summary>Schedules <paramref name="decision"/>, kept whole, to be looked at when it turns dormant.</summary>
    internal void Watch(CommittedDecision decision)
    {
        if (DormantFrom(decision) is { } at)
        {
            _becomingDormant.Enqueue((decision.LeadId, decision.Sequence), at);
        }
    }

    /// <summary>
    /// Rebuilds the schedule from the decisions kept whole once it holds more than twice as many
    /// entries (each rebuild follows at least as many new entries as it keeps, so its cost is spread
    /// over them). Without it, a lead rerouted over and over would leave an entry per reroute for a
    /// whole period.
    /// </summary>
    internal void CompactIfStale(IReadOnlyCollection<CommittedDecision> keptWhole)
    {
        if (_becomingDormant.Count > CompactionFloor && _becomingDormant.Count > 2 * keptWhole.Count)
        {
            _becomingDormant = new PriorityQueue<(string LeadId, long Sequence), DateTimeOffset>(
                from decision in keptWhole
                let at = DormantFrom(decision)
                where at is not null
                select ((decision.LeadId, decision.Sequence), at.Value));
        }
    }

    /// <summary>Entries of the schedule, stale ones included (for tests of its upkeep).</summary>
    internal int Scheduled => _becomingDormant.Count;

    /// <summary>The next scheduled decision whose time has come at <paramref name="now"/>, removed from the schedule.</summary>
    internal bool TryTakeDue(DateTimeOffset now, out string leadId, out long sequence)
    {
        if (_becomingDormant.TryPeek(out var entry, out var at) && at <= now)
        {
            _becomingDormant.Dequeue();
            (leadId, sequence) = entry;
            return true;
        }

        (leadId, sequence) = (string.Empty, 0);
        return false;
    }

    /// <summary>Records a dormant decision in force by its lead id and idempotency key.</summary>
    internal void Add(string leadId, string idempotencyKey)
    {
        _leads.Add(Hash(leadId));
        if (!string.Equals(idempotencyKey, leadId, StringComparison.Ordinal))
        {
            _chosenKeys.Add(Hash(idempotencyKey));
        }
    }

    /// <summary>The lead's dormant decision in force, read from the log; null when it has none.</summary>
    internal CommittedDecision? ForLead(string leadId) =>
        _leads.Contains(Hash(leadId)) && _log.InForceForLead(leadId) is { } found && found.LeadId == leadId ? found : null;

    /// <summary>The dormant decision in force whose idempotency key is <paramref name="key"/>, read from the log; null when none is.</summary>
    internal CommittedDecision? ForKey(string key)
    {
        // A key that defaults to its lead id is held as that lead's hash.
        var hash = Hash(key);
        return (_chosenKeys.Contains(hash) || _leads.Contains(hash)) && _log.InForceForKey(key) is { } found && found.IdempotencyKey == key ? found : null;
    }

    // FNV-1a over the UTF-16 code units. Not a defence against chosen collisions, and it need not
    // be one: a collision costs one read of the log, never a wrong answer.
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var unit in text)
        {
            hash = (hash ^ unit) * 1099511628211UL;
        }

        return hash;
    }
}
