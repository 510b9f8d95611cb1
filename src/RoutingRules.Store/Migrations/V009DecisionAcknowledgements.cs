using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Acknowledgements (AcknowledgeLead): the assignee of a decision acted on the lead. One row per
/// acknowledged decision, keyed by the decision's sequence (its row id), written by the decision
/// log's group commit after the batch's decisions; decisions stay immutable rows. A decision that
/// supersedes an acknowledged one has no row of its own until it is acknowledged in turn. It only
/// adds a table, so it applies after version 8 or without it (the migrator applies every version
/// a database lacks, not only those above its highest).
/// </summary>
internal sealed class V009DecisionAcknowledgements : IMigration
{
    public int Version => 9;
    public string Name => "decision acknowledgements";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE decision_acknowledgements (
                sequence INTEGER PRIMARY KEY,
                acknowledged_at TEXT NOT NULL);
            """, transaction);
}
