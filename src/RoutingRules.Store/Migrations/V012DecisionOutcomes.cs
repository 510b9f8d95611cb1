using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Outcomes (RecordOutcome): what became of a lead under a decision, as the CRM reported it. One
/// row per decision that has one, keyed by the decision's sequence (its row id) like an
/// acknowledgement, written by the decision log's group commit after the batch's decisions and
/// acknowledgements; a different outcome replaces the row, and decisions stay immutable rows. The
/// outcome is the domain's <c>LeadOutcome</c> number (0 open, 1 converted, 2 closed lost, 3
/// disqualified, 4 nurture); <c>outcome_at</c> is when it happened by the caller's account and
/// <c>recorded_at</c> when it was stored. It only adds a table, so it applies whatever the
/// database's other versions (the migrator applies every version a database lacks).
/// </summary>
internal sealed class V012DecisionOutcomes : IMigration
{
    public int Version => 12;
    public string Name => "decision outcomes";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE decision_outcomes (
                sequence INTEGER PRIMARY KEY,
                outcome INTEGER NOT NULL,
                outcome_at TEXT NOT NULL,
                recorded_at TEXT NOT NULL);
            """, transaction);
}
