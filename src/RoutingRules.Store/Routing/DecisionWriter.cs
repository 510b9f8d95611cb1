using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Prepared statements that write a group commit: each <see cref="DecisionCommit"/>, then the
/// summed counter and cursor changes (<see cref="BatchCounters"/>), then the traces. Reused across transactions of
/// one connection; they run through SQLitePCLRaw (<see cref="RawStatement"/>) inside the
/// transaction <see cref="Begin"/> is given, because this is the commit thread's hot path.
/// </summary>
internal sealed class DecisionWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly RawStatement _supersede;
    private readonly RawStatement _releaseRep;
    private readonly RawStatement _releaseQueue;
    private readonly RawStatement _insert;
    private readonly RawStatement _insertTrace;
    private readonly RawStatement _insertId;
    private readonly RawStatement _assignRep;
    private readonly RawStatement _enqueue;
    private readonly RawStatement _cursor;
    private readonly RawStatement _sighting;
    private readonly RawStatement _accountDomain;
    private readonly RawStatement _acknowledge;
    private readonly RawStatement _outcome;
    private readonly RawStatement[] _all;
    private readonly DecisionBinary _binary = new();
    private SqliteTransaction? _transaction;

    public DecisionWriter(SqliteConnection connection)
    {
        _connection = connection;
        // By rowid, not through the decision_id index: the superseded decision's sequence is its row. A
        // wrong or stale one leaves the real predecessor active, and the new row's insert then fails
        // on the unique active-lead index, so the commit rolls back instead of forking a lead.
        _supersede = Prepare("UPDATE decisions SET superseded_by = ?1 WHERE sequence = ?2 AND superseded_by IS NULL");
        _releaseRep = Prepare("UPDATE rep_live_counters SET open_leads = open_leads - ?2 WHERE rep_id = ?1");
        _releaseQueue = Prepare("UPDATE queue_lengths SET length = max(length - 1, 0) WHERE queue_name = ?1");
        _insert = Prepare("""
            INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, rep_id, queue_name,
                account_id, decision, supersedes, lead_fingerprint)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """);
        // Only for an id that does not carry its row's sequence (DecisionIds): the others need no index.
        _insertId = Prepare("INSERT INTO decision_ids (decision_id, sequence) VALUES (?1, ?2)");
        // The trace arrives encoded (TraceBinary) and is stored as the BLOB it is.
        _insertTrace = Prepare("INSERT INTO decision_traces (sequence, trace) VALUES (?1, ?2)");
        _assignRep = Prepare("""
            INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at)
            VALUES (?1, ?3, ?2, ?3, ?4)
            ON CONFLICT(rep_id) DO UPDATE SET
                open_leads = open_leads + excluded.open_leads,
                assigned_today = CASE WHEN assigned_day = excluded.assigned_day THEN assigned_today + excluded.assigned_today ELSE excluded.assigned_today END,
                assigned_day = excluded.assigned_day,
                last_assigned_at = max(coalesce(last_assigned_at, ''), excluded.last_assigned_at)
            """);
        _enqueue = Prepare(
            "INSERT INTO queue_lengths (queue_name, length) VALUES (?1, 1) ON CONFLICT(queue_name) DO UPDATE SET length = length + 1");
        _cursor = Prepare(
            "INSERT INTO territory_cursors (territory_id, position) VALUES (?1, ?2) ON CONFLICT(territory_id) DO UPDATE SET position = excluded.position");
        _sighting = Prepare("""
            INSERT INTO domain_sightings (domain, lead_count, first_owner_rep_id) VALUES (?1, 1, ?2)
            ON CONFLICT(domain) DO UPDATE SET lead_count = lead_count + 1, first_owner_rep_id = coalesce(first_owner_rep_id, excluded.first_owner_rep_id)
            """);
        _accountDomain = Prepare("INSERT OR IGNORE INTO account_domains (domain, account_id) VALUES (?1, ?2)");
        // The first acknowledgement of a decision stays: a repeated one keeps the first time.
        _acknowledge = Prepare("INSERT OR IGNORE INTO decision_acknowledgements (sequence, acknowledged_at) VALUES (?1, ?2)");
        // A different outcome replaces the one stored (RecordOutcome); the same one is never written twice.
        _outcome = Prepare("""
            INSERT INTO decision_outcomes (sequence, outcome, outcome_at, recorded_at) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT(sequence) DO UPDATE SET outcome = excluded.outcome, outcome_at = excluded.outcome_at, recorded_at = excluded.recorded_at
            """);
        _all = [_supersede, _releaseRep, _releaseQueue, _insert, _insertId, _insertTrace, _assignRep, _enqueue, _cursor, _sighting, _accountDomain, _acknowledge, _outcome];
    }

    /// <summary>Starts a commit: the statements run in the connection's open <paramref name="transaction"/>.</summary>
    public void Begin(SqliteTransaction transaction) => _transaction = transaction;

    /// <summary>Writes one entry (after <see cref="Begin"/>); its counter and cursor changes go to <paramref name="counters"/>.</summary>
    public void Write(DecisionCommit entry, BatchCounters counters)
    {
        var committed = entry.Decision;
        var decision = committed.Decision;
        if (entry.Superseded is { } old)
        {
            _supersede.Text(1, committed.DecisionId).Int64(2, old.Sequence).Execute();
            if (old.Decision.Assignee.RepId is { } oldRep)
            {
                counters.Released(oldRep);
            }
            else if (old.AcknowledgedAt is null)
            {
                // A queue lead someone took up left the queue's length with its acknowledgement.
                _releaseQueue.Text(1, old.Decision.Assignee.QueueName).Execute();
            }
        }

        Span<byte> at = stackalloc byte[StoredTime.InstantLength];
        StoredTime.Instant(committed.DecidedAt, at);
        var repId = decision.Assignee.RepId;
        _insert.Int64(1, committed.Sequence).Text(2, committed.DecisionId).Text(3, committed.LeadId).Text(4, committed.IdempotencyKey)
            .Utf8Text(5, at).Text(6, repId).Text(7, decision.Assignee.QueueName).Text(8, decision.AccountId)
            .Blob(9, _binary.Encode(decision)).Text(10, committed.SupersedesDecisionId).Int64(11, StoredDecisionRow.Fingerprint(committed.LeadFingerprint)).Execute();
        if (DecisionIds.SequenceOf(committed.DecisionId) != committed.Sequence)
        {
            _insertId.Text(1, committed.DecisionId).Int64(2, committed.Sequence).Execute();
        }

        if (repId is not null)
        {
            counters.Assigned(repId, RepLiveCounters.UtcDay(committed.DecidedAt), committed.DecidedAt);
        }
        else
        {
            _enqueue.Text(1, decision.Assignee.QueueName).Execute();
        }

        var changes = entry.Changes;
        if (changes.Cursor is { } cursor)
        {
            counters.CursorMoved(cursor.TerritoryId, cursor.Position);
        }

        if (changes.SightedDomain is { } domain)
        {
            _sighting.Text(1, domain.ToLowerInvariant()).Text(2, repId).Execute();
        }

        if (changes.CreatedAccount is { } account)
        {
            using (var accounts = ReferenceTables.Accounts.CreateWriter(_connection, _transaction ?? throw new InvalidOperationException("Begin the commit first.")))
            {
                accounts.Write(account);
            }

            foreach (var accountDomain in account.Domains.Select(DomainNames.NormalizeHost).Distinct())
            {
                _accountDomain.Text(1, accountDomain).Text(2, account.Id).Execute();
            }
        }
    }

    /// <summary>
    /// Writes an entry's trace (after <see cref="Begin"/>). Called for the whole batch after its
    /// decisions and counters, which gives the callers' pool threads that much longer to have
    /// encoded the traces the commit thread would otherwise encode itself.
    /// </summary>
    public void WriteTrace(DecisionCommit entry) => _insertTrace.Int64(1, entry.Decision.Sequence).Blob(2, entry.EncodedTrace).Execute();

    /// <summary>Writes an acknowledgement (after <see cref="Begin"/>), after the batch's decisions, one of which it may name.</summary>
    public void WriteAcknowledgement(DecisionAcknowledgement acknowledgement)
    {
        Span<byte> at = stackalloc byte[StoredTime.InstantLength];
        StoredTime.Instant(acknowledgement.AcknowledgedAt, at);
        if (_acknowledge.Int64(1, acknowledgement.Sequence).Utf8Text(2, at).ExecuteCountingChanges() == 1 && acknowledgement.QueueName is { } queue)
        {
            // Taken up: no longer waiting in the queue (LiveState.Acknowledge does the same in memory).
            _releaseQueue.Text(1, queue).Execute();
        }
    }

    /// <summary>Writes an outcome (after <see cref="Begin"/>), after the batch's decisions, one of which it may name, in place of any stored.</summary>
    public void WriteOutcome(DecisionOutcome outcome)
    {
        Span<byte> at = stackalloc byte[StoredTime.InstantLength];
        Span<byte> recordedAt = stackalloc byte[StoredTime.InstantLength];
        StoredTime.Instant(outcome.Outcome.At, at);
        StoredTime.Instant(outcome.Outcome.RecordedAt, recordedAt);
        _outcome.Int64(1, outcome.Sequence).Int64(2, (long)outcome.Outcome.Outcome).Utf8Text(3, at).Utf8Text(4, recordedAt).Execute();
    }

    /// <summary>Writes the commit's summed counter and cursor changes: assignments before releases, so no count dips below zero.</summary>
    public void WriteCounters(BatchCounters counters)
    {
        Span<byte> day = stackalloc byte[StoredTime.DayLength];
        Span<byte> latestAt = stackalloc byte[StoredTime.InstantLength];
        foreach (var (repId, changes) in counters.Reps)
        {
            foreach (var run in changes.Runs)
            {
                StoredTime.Day(run.Day, day);
                StoredTime.Instant(run.LatestAt, latestAt);
                _assignRep.Text(1, repId).Utf8Text(2, day).Int64(3, run.Count).Utf8Text(4, latestAt).Execute();
            }

            if (changes.Releases > 0)
            {
                _releaseRep.Text(1, repId).Int64(2, changes.Releases).Execute();
            }
        }

        foreach (var (territoryId, position) in counters.Cursors)
        {
            _cursor.Text(1, territoryId).Int64(2, position).Execute();
        }
    }

    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }
    }

    private RawStatement Prepare(string sql) => new(_connection, sql);
}
