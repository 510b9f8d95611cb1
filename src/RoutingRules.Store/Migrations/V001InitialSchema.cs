using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Records are stored as JSON (the dataset format) keyed by id, insertion order kept by rowid;
/// columns exist only for what SQL itself must enforce or query: domain uniqueness, workload
/// counters (updated on every assignment) and the links used for cascades.
/// </summary>
internal sealed class V001InitialSchema : IMigration
{
    public int Version => 1;
    public string Name => "initial reference-data schema";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE policy (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                json TEXT NOT NULL);
            CREATE TABLE reps (
                id TEXT NOT NULL UNIQUE,
                json TEXT NOT NULL);
            CREATE TABLE rep_workload (
                rep_id TEXT PRIMARY KEY REFERENCES reps(id) ON DELETE CASCADE,
                open_leads INTEGER NOT NULL CHECK (open_leads >= 0),
                overdue_follow_ups INTEGER NOT NULL CHECK (overdue_follow_ups >= 0),
                assigned_today INTEGER NOT NULL CHECK (assigned_today >= 0),
                last_assigned_at TEXT NULL,
                active_opportunities INTEGER NOT NULL CHECK (active_opportunities >= 0)) WITHOUT ROWID;
            CREATE TABLE territories (
                id TEXT NOT NULL UNIQUE,
                parent_id TEXT NULL,
                json TEXT NOT NULL);
            CREATE TABLE accounts (
                id TEXT NOT NULL UNIQUE,
                json TEXT NOT NULL);
            CREATE TABLE account_domains (
                domain TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE) WITHOUT ROWID;
            CREATE INDEX account_domains_account ON account_domains(account_id);
            CREATE TABLE opportunities (
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NOT NULL,
                json TEXT NOT NULL);
            CREATE TABLE previous_leads (
                id TEXT NOT NULL UNIQUE,
                account_id TEXT NULL,
                json TEXT NOT NULL);
            """, transaction);
}
