using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// The decision log and the live routing state derived from it. A lead id and an idempotency key
/// are unique among active decisions only: a reroute keeps the superseded row as history.
/// Times are UTC ISO 8601 text with 7 fractional digits, so text order is time order.
/// </summary>
internal sealed class V002RoutingState : IMigration
{
    public int Version => 2;
    public string Name => "decision log and live routing state";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE decisions (
                sequence INTEGER PRIMARY KEY,
                decision_id TEXT NOT NULL UNIQUE,
                lead_id TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                decided_day TEXT NOT NULL,
                rep_id TEXT NULL,
                queue_name TEXT NULL,
                account_id TEXT NULL,
                decision_json TEXT NOT NULL,
                trace_json TEXT NOT NULL,
                supersedes TEXT NULL,
                superseded_by TEXT NULL,
                CHECK ((rep_id IS NULL) <> (queue_name IS NULL)));
            CREATE UNIQUE INDEX decisions_active_key ON decisions(idempotency_key) WHERE superseded_by IS NULL;
            CREATE UNIQUE INDEX decisions_active_lead ON decisions(lead_id) WHERE superseded_by IS NULL;
            CREATE INDEX decisions_lead ON decisions(lead_id);
            CREATE INDEX decisions_account ON decisions(account_id, decided_at) WHERE account_id IS NOT NULL;
            CREATE TABLE rep_live_counters (
                rep_id TEXT PRIMARY KEY,
                open_leads INTEGER NOT NULL CHECK (open_leads >= 0),
                assigned_day TEXT NOT NULL,
                assigned_today INTEGER NOT NULL CHECK (assigned_today >= 0),
                last_assigned_at TEXT NULL) WITHOUT ROWID;
            CREATE TABLE territory_cursors (
                territory_id TEXT PRIMARY KEY,
                position INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE domain_sightings (
                domain TEXT PRIMARY KEY,
                lead_count INTEGER NOT NULL CHECK (lead_count > 0),
                first_owner_rep_id TEXT NULL) WITHOUT ROWID;
            CREATE TABLE queue_lengths (
                queue_name TEXT PRIMARY KEY,
                length INTEGER NOT NULL CHECK (length >= 0)) WITHOUT ROWID;
            """, transaction);
}
