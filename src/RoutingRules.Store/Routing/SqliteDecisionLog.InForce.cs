using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>Decisions in force read back for the live state, which keeps dormant ones by hash only.</summary>
public sealed partial class SqliteDecisionLog
{
    private const string InForceOfLead = "WHERE d.lead_id = $lead AND d.superseded_by IS NULL";

    // Each branch matches one partial unique index: a chosen key (decisions_active_key) or a key
    // that is its lead id (decisions_active_lead).
    private const string InForceOfKey = """
        WHERE d.sequence IN (
            SELECT sequence FROM decisions WHERE idempotency_key = $key AND superseded_by IS NULL AND idempotency_key <> lead_id
            UNION ALL
            SELECT sequence FROM decisions WHERE lead_id = $key AND superseded_by IS NULL AND idempotency_key = lead_id)
        """;

    private readonly Lock _readGate = new();
    // Lookups of dormant decisions come from the routing thread: on a connection of their own, they
    // never wait for a group commit, and the commit thread never waits for them (WAL readers do not
    // block the writer).
    private SqliteConnection? _reader;

    public CommittedDecision? InForceForLead(string leadId)
    {
        ArgumentNullException.ThrowIfNull(leadId);
        return ReadInForce(InForceOfLead, ("$lead", leadId));
    }

    public CommittedDecision? InForceForKey(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return ReadInForce(InForceOfKey, ("$key", idempotencyKey));
    }

    /// <summary>
    /// Scans the decisions, on a connection of its own (a health report over years reads many of
    /// them; the commit thread must not wait). No index serves decided_at over all decisions, and
    /// none is worth its page per group commit for a report an operator asks for now and then.
    /// </summary>
    public IReadOnlyList<CommittedDecision> InForceDecidedBetween(DateTimeOffset from, DateTimeOffset before)
    {
        using var connection = SqliteConnections.Open(_options);
        return Decisions(
            connection, false, "WHERE d.superseded_by IS NULL AND d.decided_at >= $from AND d.decided_at < $before ORDER BY d.sequence", new StoredTextPool(),
            ("$from", StoredTime.Instant(from)), ("$before", StoredTime.Instant(before)));
    }

    private CommittedDecision? ReadInForce(string where, (string Name, object Value) parameter)
    {
        lock (_readGate)
        {
            ObjectDisposedException.ThrowIf(_connection.State == System.Data.ConnectionState.Closed, this);
            _reader ??= SqliteConnections.Open(_options);
            return Decisions(_reader, false, where, null, parameter).SingleOrDefault();
        }
    }
}
