using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Traces are stored in their compact form (<c>TraceBinary</c>, a BLOB) instead of JSON text: a
/// trace was about half of the bytes every decision wrote, twice over with the checkpoint. The
/// column is renamed to say so; traces already stored stay JSON text and are read as such.
/// </summary>
internal sealed class V004CompactTraces : IMigration
{
    public int Version => 4;
    public string Name => "compact traces";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, "ALTER TABLE decision_traces RENAME COLUMN trace_json TO trace;", transaction);
}
