using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Less written per decision. The decision itself is stored in its compact form
/// (<c>DecisionBinary</c>, a BLOB of about 150 bytes instead of about 470 of JSON text, without the
/// ids the row has columns for); the column is renamed to say so, and rows already stored stay
/// JSON text and are read as such. The index on every decision's lead id served only a
/// lead's history, which now walks back from the lead's active decision (the unique active-lead
/// index) along <c>supersedes</c>: a decision is superseded only by the reroute that names it.
/// The decision's day is the first ten characters of its UTC time, so it becomes a virtual
/// column computed when read instead of ten stored bytes per row; queries on it still work.
/// </summary>
internal sealed class V005LeanDecisions : IMigration
{
    public int Version => 5;
    public string Name => "compact decisions, no lead-id index, computed day";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            DROP INDEX decisions_lead;
            ALTER TABLE decisions DROP COLUMN decided_day;
            ALTER TABLE decisions ADD COLUMN decided_day TEXT GENERATED ALWAYS AS (substr(decided_at, 1, 10)) VIRTUAL;
            ALTER TABLE decisions RENAME COLUMN decision_json TO decision;
            """, transaction);
}
