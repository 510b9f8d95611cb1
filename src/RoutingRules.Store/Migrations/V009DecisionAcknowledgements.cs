using Microsoft.Data.Sqlite;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Acknowledgements (AcknowledgeLead): the assignee of a decision acted on the lead. One row per
/// acknowledged decision, keyed by the decision's sequence (its row id), written by the decision
/// log's group commit after the batch's decisions; decisions stay immutable rows. A decision that
/// supersedes an acknowledged one has no row of its own until it is acknowledged in turn. It only
/// adds a table, so it applies after version 8 or without it (the migrator applies every version
/// a database lacks, not only those above its highest).
/// </summary>
/// <remarks>
/// The decisions in force when a database is upgraded are recorded as acknowledged at the upgrade:
/// nobody could acknowledge them before, and the SLA escalation would otherwise reassign every lead
/// of the log whose escalation time passed, weeks ago for most, in its first sweeps.
/// </remarks>
internal sealed class V009DecisionAcknowledgements : IMigration
{
    public int Version => 9;
    public string Name => "decision acknowledgements";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteConnections.Execute(connection, """
            CREATE TABLE decision_acknowledgements (
                sequence INTEGER PRIMARY KEY,
                acknowledged_at TEXT NOT NULL);
            """, transaction);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO decision_acknowledgements (sequence, acknowledged_at) SELECT sequence, $now FROM decisions WHERE superseded_by IS NULL";
        command.Parameters.AddWithValue("$now", StoredTime.Instant(DateTimeOffset.UtcNow));
        command.ExecuteNonQuery();
    }
}
