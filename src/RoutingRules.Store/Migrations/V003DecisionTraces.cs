using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Traces move to a table of their own, keyed by the decision's sequence. A trace is several
/// kilobytes and written once, while a decision row is updated when a reroute supersedes it:
/// beside the decision, every such update rewrote the trace's pages too. Reading the live state
/// at start no longer walks over them either. (No foreign key: the pair is written in one
/// transaction by the decision log only, and the check would cost every commit.)
/// </summary>
internal sealed class V003DecisionTraces : IMigration
{
    public int Version => 3;
    public string Name => "decision traces in their own table";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            CREATE TABLE decision_traces (
                sequence INTEGER PRIMARY KEY,
                trace_json TEXT NOT NULL);
            INSERT INTO decision_traces (sequence, trace_json) SELECT sequence, trace_json FROM decisions;
            ALTER TABLE decisions DROP COLUMN trace_json;
            """, transaction);
}
