using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>
/// Prepared statements that write a group commit: each <see cref="DecisionCommit"/>, then the
/// summed counter and cursor changes (<see cref="BatchCounters"/>). Reused across transactions of one connection.
/// </summary>
internal sealed class DecisionWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _supersede;
    private readonly SqliteCommand _releaseRep;
    private readonly SqliteCommand _releaseQueue;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _insertTrace;
    private readonly SqliteCommand _assignRep;
    private readonly SqliteCommand _enqueue;
    private readonly SqliteCommand _cursor;
    private readonly SqliteCommand _sighting;
    private readonly SqliteCommand _accountDomain;
    private readonly SqliteCommand[] _all;
    private SqliteTransaction? _transaction;

    public DecisionWriter(SqliteConnection connection)
    {
        _connection = connection;
        _supersede = Command("UPDATE decisions SET superseded_by = $by WHERE decision_id = $id AND superseded_by IS NULL", "$by", "$id");
        _releaseRep = Command("UPDATE rep_live_counters SET open_leads = open_leads - $count WHERE rep_id = $rep", "$rep", "$count");
        _releaseQueue = Command("UPDATE queue_lengths SET length = max(length - 1, 0) WHERE queue_name = $queue", "$queue");
        _insert = Command("""
            INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, decided_day, rep_id, queue_name,
                account_id, decision_json, supersedes)
            VALUES ($seq, $id, $lead, $key, $at, $day, $rep, $queue, $account, $decision, $supersedes)
            """, "$seq", "$id", "$lead", "$key", "$at", "$day", "$rep", "$queue", "$account", "$decision", "$supersedes");
        // The trace arrives encoded (TraceBinary) and is stored as the BLOB it is.
        _insertTrace = Command("INSERT INTO decision_traces (sequence, trace) VALUES ($seq, $trace)", "$seq", "$trace");
        _assignRep = Command("""
            INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at)
            VALUES ($rep, $count, $day, $count, $at)
            ON CONFLICT(rep_id) DO UPDATE SET
                open_leads = open_leads + excluded.open_leads,
                assigned_today = CASE WHEN assigned_day = excluded.assigned_day THEN assigned_today + excluded.assigned_today ELSE excluded.assigned_today END,
                assigned_day = excluded.assigned_day,
                last_assigned_at = max(coalesce(last_assigned_at, ''), excluded.last_assigned_at)
            """, "$rep", "$day", "$count", "$at");
        _enqueue = Command(
            "INSERT INTO queue_lengths (queue_name, length) VALUES ($queue, 1) ON CONFLICT(queue_name) DO UPDATE SET length = length + 1",
            "$queue");
        _cursor = Command(
            "INSERT INTO territory_cursors (territory_id, position) VALUES ($territory, $position) ON CONFLICT(territory_id) DO UPDATE SET position = excluded.position",
            "$territory", "$position");
        _sighting = Command("""
            INSERT INTO domain_sightings (domain, lead_count, first_owner_rep_id) VALUES ($domain, 1, $rep)
            ON CONFLICT(domain) DO UPDATE SET lead_count = lead_count + 1, first_owner_rep_id = coalesce(first_owner_rep_id, excluded.first_owner_rep_id)
            """, "$domain", "$rep");
        _accountDomain = Command("INSERT OR IGNORE INTO account_domains (domain, account_id) VALUES ($domain, $account)", "$domain", "$account");
        _all = [_supersede, _releaseRep, _releaseQueue, _insert, _insertTrace, _assignRep, _enqueue, _cursor, _sighting, _accountDomain];
    }

    /// <summary>Binds every statement to the commit's transaction.</summary>
    public void Begin(SqliteTransaction transaction)
    {
        _transaction = transaction;
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>Writes one entry (after <see cref="Begin"/>); its counter and cursor changes go to <paramref name="counters"/>.</summary>
    public void Write(DecisionCommit entry, BatchCounters counters)
    {
        var committed = entry.Decision;
        var decision = committed.Decision;
        if (entry.Superseded is { } old)
        {
            Run(_supersede, committed.DecisionId, old.DecisionId);
            if (old.Decision.Assignee.RepId is { } oldRep)
            {
                counters.Released(oldRep);
            }
            else
            {
                Run(_releaseQueue, old.Decision.Assignee.QueueName);
            }
        }

        var at = StoredTime.Instant(committed.DecidedAt);
        var day = StoredTime.Day(RepLiveCounters.UtcDay(committed.DecidedAt));
        var repId = decision.Assignee.RepId;
        Run(_insert, committed.Sequence, committed.DecisionId, committed.LeadId, committed.IdempotencyKey, at, day, repId,
            decision.Assignee.QueueName, decision.AccountId, DecisionJson.Serialize(decision),
            committed.SupersedesDecisionId);
        Run(_insertTrace, committed.Sequence, entry.EncodedTrace);
        if (repId is not null)
        {
            counters.Assigned(repId, day, at);
        }
        else
        {
            Run(_enqueue, decision.Assignee.QueueName);
        }

        var changes = entry.Changes;
        if (changes.Cursor is { } cursor)
        {
            counters.CursorMoved(cursor.TerritoryId, cursor.Position);
        }

        if (changes.SightedDomain is { } domain)
        {
            Run(_sighting, domain.ToLowerInvariant(), repId);
        }

        if (changes.CreatedAccount is { } account)
        {
            using (var accounts = ReferenceTables.Accounts.CreateWriter(_connection, _transaction ?? throw new InvalidOperationException("Begin the commit first.")))
            {
                accounts.Write(account);
            }

            foreach (var accountDomain in account.Domains.Select(DomainNames.NormalizeHost).Distinct())
            {
                Run(_accountDomain, accountDomain, account.Id);
            }
        }
    }

    /// <summary>Writes the commit's summed counter and cursor changes: assignments before releases, so no count dips below zero.</summary>
    public void WriteCounters(BatchCounters counters)
    {
        foreach (var (repId, changes) in counters.Reps)
        {
            foreach (var (day, count, latestAt) in changes.Runs)
            {
                Run(_assignRep, repId, day, count, latestAt);
            }

            if (changes.Releases > 0)
            {
                Run(_releaseRep, repId, changes.Releases);
            }
        }

        foreach (var (territoryId, position) in counters.Cursors)
        {
            Run(_cursor, territoryId, position);
        }
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
