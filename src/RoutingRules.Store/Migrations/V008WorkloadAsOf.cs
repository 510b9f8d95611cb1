using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// A written workload is the rep's workload as of the write: each rep_workload row records, beside
/// the counters, routing's counts for the rep when they were written (rep_live_counters: open leads,
/// and assignments on the UTC day <c>as_of_day</c>), and routing adds only what it counts after
/// that. Rows written before record zero counts, so routing still adds its whole count to them,
/// as it did; their day is the upgrade's, so their assigned-today still counts that day.
/// </summary>
internal sealed class V008WorkloadAsOf : IMigration
{
    public int Version => 8;
    public string Name => "workload as of its write";

    // An added NOT NULL column needs a constant default: the day is set to the upgrade's just after.
    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteConnections.Execute(connection, """
            ALTER TABLE rep_workload ADD COLUMN as_of_day TEXT NOT NULL DEFAULT '0001-01-01';
            ALTER TABLE rep_workload ADD COLUMN routed_open_leads INTEGER NOT NULL DEFAULT 0 CHECK (routed_open_leads >= 0);
            ALTER TABLE rep_workload ADD COLUMN routed_today INTEGER NOT NULL DEFAULT 0 CHECK (routed_today >= 0);
            UPDATE rep_workload SET as_of_day = date('now');
            """, transaction);
}
