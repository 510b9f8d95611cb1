using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Fewer index pages per group commit. (1) No index on every decision's id: a decision id now
/// carries the decision's sequence (see <c>DecisionIds</c> in the domain), so the log finds the
/// row by its number and compares the id; the unique index on <c>decision_id</c> cost every group
/// commit two to three write-ahead-log pages. SQLite cannot drop the index of a UNIQUE column, so
/// the table is rebuilt with the same columns and checks. Ids that carry no sequence, or not their
/// own row's (every id stored before this version), are kept in <c>decision_ids</c>, which the
/// writer also fills for any such id it is given later; a lookup tries both. (2) The unique index
/// on active idempotency keys holds only the keys a caller chose, those that differ from the lead
/// id: a key that defaults to the lead id is already unique through the active-lead index, and
/// indexing it again cost every group commit one more page. (That a chosen key never equals
/// another active lead's id is the assignment service's check, under its routing gate, as every
/// key check is; the unique indexes are the store's second line.)
/// </summary>
internal sealed class V006LeanDecisionIndexes : IMigration
{
    public int Version => 6;
    public string Name => "decision ids carry their sequence, no index on every id nor on default idempotency keys";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE decision_ids (
                decision_id TEXT PRIMARY KEY,
                sequence INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO decision_ids (decision_id, sequence) SELECT decision_id, sequence FROM decisions;
            CREATE TABLE decisions_rebuilt (
                sequence INTEGER PRIMARY KEY,
                decision_id TEXT NOT NULL,
                lead_id TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                rep_id TEXT NULL,
                queue_name TEXT NULL,
                account_id TEXT NULL,
                decision TEXT NOT NULL,
                supersedes TEXT NULL,
                superseded_by TEXT NULL,
                decided_day TEXT GENERATED ALWAYS AS (substr(decided_at, 1, 10)) VIRTUAL,
                CHECK ((rep_id IS NULL) <> (queue_name IS NULL)));
            INSERT INTO decisions_rebuilt (sequence, decision_id, lead_id, idempotency_key, decided_at, rep_id, queue_name, account_id, decision, supersedes, superseded_by)
                SELECT sequence, decision_id, lead_id, idempotency_key, decided_at, rep_id, queue_name, account_id, decision, supersedes, superseded_by FROM decisions;
            DROP TABLE decisions;
            ALTER TABLE decisions_rebuilt RENAME TO decisions;
            CREATE UNIQUE INDEX decisions_active_key ON decisions(idempotency_key) WHERE superseded_by IS NULL AND idempotency_key <> lead_id;
            CREATE UNIQUE INDEX decisions_active_lead ON decisions(lead_id) WHERE superseded_by IS NULL;
            CREATE INDEX decisions_account ON decisions(account_id, decided_at) WHERE account_id IS NOT NULL;
            """, transaction);
}
