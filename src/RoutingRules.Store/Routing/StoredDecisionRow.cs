using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Reads a decision row of any schema version back: selected as <see cref="Columns"/> followed by
/// the trace (or NULL) and <see cref="Changes"/> (the acknowledgement and outcome, NULL where there
/// is none), from <c>decisions d</c> joined to <c>decision_acknowledgements a</c> and
/// <c>decision_outcomes o</c>; a compact trace is read with the log's vocabulary.
/// </summary>
internal static class StoredDecisionRow
{
    public const string Columns =
        "d.sequence, d.decision_id, d.idempotency_key, d.decided_at, d.decision, d.supersedes, d.lead_id, d.rep_id, d.queue_name, d.account_id, d.lead_fingerprint";

    /// <summary>What changed the decision after it was written, selected after the trace: columns 12 to 15.</summary>
    public const string Changes = "a.acknowledged_at, o.outcome, o.outcome_at, o.recorded_at";

    private const int AcknowledgedAtColumn = 12;
    private const int OutcomeColumn = 13;

    // A decision read without its trace: one shared empty trace, not one per row held in memory.
    private static readonly RoutingTrace NoTrace = new();

    /// <summary>One row; with <paramref name="texts"/> (a load of the live state), the values decisions share are shared.</summary>
    public static CommittedDecision Read(SqliteDataReader reader, TraceVocabulary vocabulary, StoredTextPool? texts = null)
    {
        var decision = ReadDecision(reader, texts);
        var key = reader.GetString(2);
        return new CommittedDecision
        {
            Sequence = reader.GetInt64(0),
            DecisionId = reader.GetString(1),
            // Most keys are the lead id (the default): then the one instance serves both.
            IdempotencyKey = key == decision.LeadId ? decision.LeadId : key,
            LeadFingerprint = reader.IsDBNull(10) ? LeadFingerprint.None : new LeadFingerprint(unchecked((ulong)reader.GetInt64(10))),
            DecidedAt = StoredTime.ParseInstant(reader.GetString(3)),
            Decision = decision,
            SupersedesDecisionId = NullableText(reader, 5),
            Trace = ReadTrace(reader, 11, vocabulary),
            AcknowledgedAt = AcknowledgedAt(reader),
            Outcome = reader.FieldCount > OutcomeColumn + 2 && !reader.IsDBNull(OutcomeColumn)
                ? new RecordedOutcome(
                    (Domain.Model.LeadOutcome)reader.GetInt32(OutcomeColumn),
                    StoredTime.ParseInstant(reader.GetString(OutcomeColumn + 1)),
                    StoredTime.ParseInstant(reader.GetString(OutcomeColumn + 2)))
                : null,
        };
    }

    /// <summary>The column's value for <paramref name="fingerprint"/>: SQLite's signed integer, NULL when none is recorded.</summary>
    public static long? Fingerprint(LeadFingerprint fingerprint) => fingerprint.IsRecorded ? unchecked((long)fingerprint.Value) : null;

    /// <summary>True when the row's decision assigns a queue, not a rep.</summary>
    public static bool IsQueued(SqliteDataReader reader) => reader.IsDBNull(7);

    /// <summary>
    /// What decides whether the row's decision is dormant, read from its columns and the first bytes
    /// of the compact decision without decoding it; null for a decision stored as JSON (before
    /// schema version 5), which must be read whole.
    /// </summary>
    public static DormancyFacts? DormancyFactsOf(SqliteDataReader reader)
    {
        if (reader.GetFieldType(4) != typeof(byte[]))
        {
            return null;
        }

        // The whole BLOB (about 150 bytes): reading a part of it would open SQLite's incremental
        // blob I/O on the table, which a joined query's row cannot give.
        return new DormancyFacts(
            AssignedToRep: !IsQueued(reader),
            DecidedAt: StoredTime.ParseInstant(reader.GetString(3)),
            AcknowledgedAt: AcknowledgedAt(reader),
            EscalateAt: DecisionBinary.EscalateAtOf(reader.GetFieldValue<byte[]>(4)),
            OutcomeRecordedAt: reader.FieldCount > OutcomeColumn + 2 && !reader.IsDBNull(OutcomeColumn + 2) ? StoredTime.ParseInstant(reader.GetString(OutcomeColumn + 2)) : null);
    }

    private static DateTimeOffset? AcknowledgedAt(SqliteDataReader reader) =>
        reader.FieldCount > AcknowledgedAtColumn && !reader.IsDBNull(AcknowledgedAtColumn) ? StoredTime.ParseInstant(reader.GetString(AcknowledgedAtColumn)) : null;

    /// <summary>The lead and idempotency key of the row, all a dormant decision keeps (one instance when the key is the lead id).</summary>
    public static DormantLead DormantLeadOf(SqliteDataReader reader)
    {
        var leadId = reader.GetString(6);
        var key = reader.GetString(2);
        return new DormantLead(leadId, key == leadId ? leadId : key);
    }

    /// <summary>A stored decision: compact (a BLOB, <see cref="DecisionBinary"/>) since schema version 5, JSON text before.</summary>
    private static RoutingDecision ReadDecision(SqliteDataReader reader, StoredTextPool? texts)
    {
        if (reader.GetFieldType(4) != typeof(byte[]))
        {
            return DecisionJson.Deserialize(reader.GetString(4));
        }

        return DecisionBinary.Decode(
            reader.GetFieldValue<byte[]>(4), reader.GetString(6), NullableText(reader, 7), NullableText(reader, 8), NullableText(reader, 9), texts);
    }

    private static string? NullableText(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>
    /// What <paramref name="compact"/> or <paramref name="json"/> reads from a stored trace: compact
    /// (a BLOB) since schema version 4, JSON text before; <paramref name="none"/> for a decision without one.
    /// </summary>
    internal static T ReadTrace<T>(SqliteDataReader reader, int column, Func<byte[], T> compact, Func<string, T> json, T none)
    {
        if (reader.IsDBNull(column))
        {
            return none;
        }

        return reader.GetFieldType(column) == typeof(byte[]) ? compact(reader.GetFieldValue<byte[]>(column)) : json(reader.GetString(column));
    }

    private static RoutingTrace ReadTrace(SqliteDataReader reader, int column, TraceVocabulary vocabulary) =>
        ReadTrace(reader, column, bytes => TraceBinary.Decode(bytes, vocabulary), TraceJson.Deserialize, NoTrace);
}
