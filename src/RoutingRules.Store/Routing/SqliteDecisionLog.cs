using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Migrations;

namespace RoutingRules.Store.Routing;

/// <summary>
/// The decision log in the deployment's SQLite file, on its own connection (WAL lets it write
/// beside the reference-data store). A returned <see cref="Commit"/> is in the WAL file, so it
/// survives a process kill. With synchronous FULL (the default) it survives a power loss once
/// <see cref="Sync"/> has returned: the connection itself commits without syncing (SQLite's
/// NORMAL) and <see cref="WalSync"/> syncs the WAL file on the caller's sync thread, so the next
/// commit is written meanwhile. With NORMAL nothing is synced until a checkpoint.
/// </summary>
public sealed partial class SqliteDecisionLog : IDecisionLog, IDisposable
{
    private const string Columns = StoredDecisionRow.Columns;
    // What changes a decision after it is written: its acknowledgement and its outcome (StoredDecisionRow.Changes selects them).
    private const string ChangesJoin = "LEFT JOIN decision_acknowledgements a ON a.sequence = d.sequence LEFT JOIN decision_outcomes o ON o.sequence = d.sequence";

    /// <summary>
    /// A lead's decisions: its active one (through the unique active-lead index), then back along
    /// <c>supersedes</c>. Every superseded decision was superseded by the reroute or SLA escalation that names it, so
    /// the chain holds all of them; since V005 no index on every row's lead id is kept for this.
    /// Each step finds the named decision as <see cref="Find"/> does (<see cref="RowOfId"/>).
    /// </summary>
    internal const string LeadChain = $"""
        WHERE d.sequence IN (
            WITH RECURSIVE chain(sequence, supersedes) AS (
                SELECT sequence, supersedes FROM decisions WHERE lead_id = $lead AND superseded_by IS NULL
                UNION ALL
                SELECT p.sequence, p.supersedes FROM chain c JOIN decisions p
                    ON p.sequence IN ({SequenceFunction}(c.supersedes), (SELECT i.sequence FROM decision_ids i WHERE i.decision_id = c.supersedes))
                    AND p.decision_id = c.supersedes AND p.lead_id = $lead)
            SELECT sequence FROM chain)
        ORDER BY d.sequence
        """;

    /// <summary>
    /// The row of the decision whose id is <c>$id</c>: the sequence the id carries (see
    /// <see cref="DecisionIds"/>) or, for an id that carries none or not its own (ids stored
    /// before schema version 6), the one <c>decision_ids</c> holds; the id must match either way.
    /// Row-id searches only: there is no index on every decision's id.
    /// </summary>
    internal const string RowOfId = $"WHERE d.sequence IN ({SequenceFunction}($id), (SELECT i.sequence FROM decision_ids i WHERE i.decision_id = $id)) AND d.decision_id = $id";

    /// <summary>The SQL function, registered on the log's connection, that reads the sequence a decision id carries.</summary>
    internal const string SequenceFunction = "decision_sequence";

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteStoreOptions _options;
    private readonly DecisionWriter _writer;
    private readonly WalCheckpointer _checkpointer;
    private readonly BatchCounters _counters = new();
    private readonly WalSync? _walSync;
    private readonly WalLengthLimit _walLimit;
    private readonly Action<Exception>? _backgroundError;
    private bool _restartPending;
    // What stored traces are read with: the vocabulary table as last read or extended.
    private TraceVocabulary _vocabulary;

    private SqliteDecisionLog(
        SqliteConnection connection, SqliteStoreOptions options, WalCheckpointer checkpointer, WalSync? walSync, WalLengthLimit walLimit, Action<Exception>? backgroundError, TraceVocabulary vocabulary)
    {
        _connection = connection;
        _options = options;
        _writer = new DecisionWriter(connection);
        _checkpointer = checkpointer;
        _walSync = walSync;
        _walLimit = walLimit;
        _backgroundError = backgroundError;
        _vocabulary = vocabulary;
    }

    /// <summary>Opens (creating and migrating if needed) the database at <paramref name="options"/>.</summary>
    /// <param name="options">The database; the default path when null.</param>
    /// <param name="backgroundError">Told about failed background checkpoints (see <see cref="WalCheckpointer"/>; retried, nothing is lost).</param>
    public static SqliteDecisionLog Open(SqliteStoreOptions? options = null, Action<Exception>? backgroundError = null)
    {
        options ??= new SqliteStoreOptions();
        var syncsItself = options.Synchronous == SqliteSynchronous.Full;
        var connection = SqliteConnections.Open(syncsItself ? options with { Synchronous = SqliteSynchronous.Normal } : options);
        try
        {
            SchemaMigrator.Migrate(connection);
            RegisterFunctions(connection);
            SqliteConnections.Execute(connection, $"PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterCheckpointPages};");
            var walLimit = new WalLengthLimit(options.Path, Convert.ToInt32(SqliteConnections.Scalar(connection, "PRAGMA page_size;"), System.Globalization.CultureInfo.InvariantCulture));
            SqliteConnections.Execute(connection, walLimit.Pragma);
            var vocabulary = ReadVocabulary(connection);
            return new SqliteDecisionLog(
                connection, options, new WalCheckpointer(options, backgroundError), syncsItself ? new WalSync(options.Path) : null, walLimit, backgroundError, vocabulary);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Commit(IReadOnlyList<DecisionCommit> batch) => Commit(batch, [], []);

    public void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements) => Commit(batch, acknowledgements, []);

    /// <summary>
    /// The batch, then its acknowledgements (each kept only if its decision has none yet), then its
    /// outcomes (each in place of its decision's), in one transaction.
    /// </summary>
    public void Commit(IReadOnlyList<DecisionCommit> batch, IReadOnlyList<DecisionAcknowledgement> acknowledgements, IReadOnlyList<DecisionOutcome> outcomes)
    {
        lock (_gate)
        {
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                _writer.Begin(transaction);
                _counters.Clear();
                foreach (var entry in batch)
                {
                    _writer.Write(entry, _counters);
                }

                _writer.WriteCounters(_counters);
                foreach (var entry in batch)
                {
                    _writer.WriteTrace(entry);
                }

                foreach (var acknowledgement in acknowledgements)
                {
                    _writer.WriteAcknowledgement(acknowledgement);
                }

                foreach (var outcome in outcomes)
                {
                    _writer.WriteOutcome(outcome);
                }

                transaction.Commit();
            }

            KeepLogShort();
        }
    }

    /// <summary>
    /// After a write transaction, under the gate: counts it towards the checkpoint thread's next
    /// copy, restarts the log when that thread asked for it, and waits for that thread's copy to
    /// end when the log has grown past its longest meanwhile.
    /// </summary>
    private void KeepLogShort()
    {
        var (restartWanted, checkpointerBehind) = _checkpointer.Committed();
        if (restartWanted || _restartPending)
        {
            _restartPending = !RestartLog();
        }

        if ((_restartPending || checkpointerBehind) && _walLimit.Exceeded())
        {
            // The checkpoint thread kept copying whenever the writer tried, or copies slowly (a
            // machine short of CPU or disk): wait for its pass to end rather than let the log grow.
            _restartPending = !_checkpointer.WhileIdle(RestartLog);
        }
    }

    public void Sync() => _walSync?.Sync();

    /// <summary>
    /// The stored vocabulary with the <paramref name="texts"/> it lacked added (numbered after the
    /// others, in ordinal order), in one transaction, before any trace can refer to them.
    /// </summary>
    public TraceVocabulary Vocabulary(IReadOnlyCollection<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var stored = ReadVocabulary(_connection, transaction);
            var added = texts.Where(text => !stored.TryGetCode(text, out _)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO trace_vocabulary (code, text) VALUES ($code, $text)";
            var code = insert.Parameters.Add("$code", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < added.Count; i++)
            {
                (code.Value, text.Value) = (stored.Count + i, added[i]);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return _vocabulary = added.Count == 0 ? stored : new TraceVocabulary([.. stored.Texts, .. added]);
        }
    }

    /// <summary>
    /// Copies what is left of a long log and makes the next commit start it over; the batch is
    /// committed either way. False when the checkpoint thread was copying at that moment: SQLite
    /// then answers busy without waiting, and the writer tries again after its next commit (left
    /// to the checkpoint thread's next request, a log written quickly grew past 80 MB).
    /// </summary>
    private bool RestartLog()
    {
        try
        {
            return !WalCheckpointer.Run(_connection, "RESTART").Busy;
        }
        catch (SqliteException failure)
        {
            // The log stays long until a later restart succeeds; nothing is lost.
            _backgroundError?.Invoke(failure);
            return true;
        }
    }

    public LiveStateData Load(DateTimeOffset recentSince) => LoadLiveState(recentSince, null);

    public LiveStateData Load(DateTimeOffset recentSince, Func<DormancyFacts, bool> isDormant)
    {
        ArgumentNullException.ThrowIfNull(isDormant);
        return LoadLiveState(recentSince, isDormant);
    }

    private LiveStateData LoadLiveState(DateTimeOffset recentSince, Func<DormancyFacts, bool>? isDormant)
    {
        lock (_gate)
        {
            // The decisions kept whole stay in memory for a long time: they share their texts.
            var texts = new StoredTextPool();
            var whole = new List<CommittedDecision>();
            var dormant = new List<DormantLead>();
            // Row by row, and a dormant decision is never decoded: after a long run most decisions
            // in force are dormant, and neither all of them at once in memory nor decoding each was
            // needed. Traces stay on disk: the live state answers replays with decisions only.
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = $"SELECT {Columns}, NULL, {StoredDecisionRow.Changes} FROM decisions d {ChangesJoin} WHERE d.superseded_by IS NULL ORDER BY d.sequence";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    CommittedDecision? decoded = null;
                    if (isDormant is not null && IsDormantRow(reader, isDormant, texts, out decoded))
                    {
                        dormant.Add(StoredDecisionRow.DormantLeadOf(reader));
                    }
                    else
                    {
                        whole.Add(decoded ?? StoredDecisionRow.Read(reader, _vocabulary, texts));
                    }
                }
            }

            return new LiveStateData
            {
                LastSequence = (long)(SqliteConnections.Scalar(_connection, "SELECT coalesce(max(sequence), 0) FROM decisions") ?? 0L),
                ActiveDecisions = whole,
                DormantLeads = dormant,
                RecentDecisions = Decisions(
                    false, "WHERE d.account_id IS NOT NULL AND d.decided_at >= $since ORDER BY d.sequence", texts, ("$since", StoredTime.Instant(recentSince))),
                RepCounters = RoutedCounts.Load(_connection, null),
                Cursors = Rows("SELECT territory_id, position FROM territory_cursors", r => r.GetInt64(1)),
                Sightings = Rows("SELECT domain, lead_count, first_owner_rep_id FROM domain_sightings", r =>
                    new DomainSightings(r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2))),
                QueueLengths = Rows("SELECT queue_name, length FROM queue_lengths", r => r.GetInt32(1)),
            };
        }
    }

    /// <summary>
    /// Whether the current row's decision is dormant, decided from its columns and the start of a
    /// compact decision without decoding it; one stored as JSON (before schema version 5) is decoded
    /// to decide and handed back in <paramref name="decoded"/>.
    /// </summary>
    private bool IsDormantRow(SqliteDataReader reader, Func<DormancyFacts, bool> isDormant, StoredTextPool texts, out CommittedDecision? decoded)
    {
        decoded = null;
        if (StoredDecisionRow.IsQueued(reader))
        {
            // Waiting in a queue: never dormant.
            return false;
        }

        if (StoredDecisionRow.DormancyFactsOf(reader) is { } facts)
        {
            return isDormant(facts);
        }

        decoded = StoredDecisionRow.Read(reader, _vocabulary, texts);
        return isDormant(DormancyFacts.Of(decoded));
    }

    public IReadOnlyList<CommittedDecision> History(string leadId)
    {
        lock (_gate)
        {
            return Decisions(true, LeadChain, ("$lead", leadId));
        }
    }

    public CommittedDecision? Find(string decisionId)
    {
        lock (_gate)
        {
            // One row by its sequence, not the lead's whole history with its traces.
            return Decisions(true, RowOfId, ("$id", decisionId)).SingleOrDefault();
        }
    }

    /// <summary>Registers <see cref="SequenceFunction"/> on <paramref name="connection"/>, which the queries by decision id need.</summary>
    internal static void RegisterFunctions(SqliteConnection connection) =>
        connection.CreateFunction<string?, long?>(SequenceFunction, id => id is null ? null : DecisionIds.SequenceOf(id), isDeterministic: true);

    public void Dispose()
    {
        _checkpointer.Dispose();
        lock (_readGate)
        {
            _reader?.Dispose();
            _reader = null;
        }

        lock (_gate)
        {
            _writer.Dispose();
            _connection.Dispose();
        }
    }

    private List<CommittedDecision> Decisions(bool withTrace, string where, params (string Name, object Value)[] parameters) =>
        Decisions(withTrace, where, texts: null, parameters);

    private List<CommittedDecision> Decisions(bool withTrace, string where, StoredTextPool? texts, params (string Name, object Value)[] parameters) =>
        Decisions(_connection, withTrace, where, texts, parameters);

    private List<CommittedDecision> Decisions(
        SqliteConnection connection, bool withTrace, string where, StoredTextPool? texts, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = withTrace
            ? $"SELECT {Columns}, t.trace, {StoredDecisionRow.Changes} FROM decisions d LEFT JOIN decision_traces t ON t.sequence = d.sequence {ChangesJoin} {where}"
            : $"SELECT {Columns}, NULL, {StoredDecisionRow.Changes} FROM decisions d {ChangesJoin} {where}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var result = new List<CommittedDecision>();
        while (reader.Read())
        {
            result.Add(StoredDecisionRow.Read(reader, _vocabulary, texts));
        }

        return result;
    }

    /// <summary>The stored vocabulary; its numbers run from 0 without a gap, or the table is not one this log wrote.</summary>
    private static TraceVocabulary ReadVocabulary(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT code, text FROM trace_vocabulary ORDER BY code";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            if (reader.GetInt64(0) != texts.Count)
            {
                throw new InvalidDataException($"The trace vocabulary has no text numbered {texts.Count}: stored traces could not be read.");
            }

            texts.Add(reader.GetString(1));
        }

        return texts.Count == 0 ? TraceVocabulary.Empty : new TraceVocabulary(texts);
    }

    private Dictionary<string, T> Rows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result[reader.GetString(0)] = read(reader);
        }

        return result;
    }
}
