using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// Two fewer things written per decision. The index on every decision's lead id served only a
/// lead's history, which now walks back from the lead's active decision (the unique active-lead
/// index) along <c>supersedes</c>: a decision is superseded only by the reroute that names it.
/// The decision's day is the first ten characters of its UTC time, so it becomes a virtual
/// column computed when read instead of ten stored bytes per row; queries on it still work.
/// </summary>
internal sealed class V005LeanDecisions : IMigration
{
    public int Version => 5;
    public string Name => "lean decisions";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            DROP INDEX decisions_lead;
            ALTER TABLE decisions DROP COLUMN decided_day;
            ALTER TABLE decisions ADD COLUMN decided_day TEXT GENERATED ALWAYS AS (substr(decided_at, 1, 10)) VIRTUAL;
            """, transaction);
}
