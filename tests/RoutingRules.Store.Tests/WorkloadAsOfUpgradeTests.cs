using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Migrations;

namespace RoutingRules.Store.Tests;

/// <summary>A version-7 database (workloads without what they are as of) opened by the current code.</summary>
public sealed class WorkloadAsOfUpgradeTests
{
    [Fact]
    public void Open_Version7Database_WorkloadsRecordZeroRoutingCountsAsOfTheUpgradeDay()
    {
        using var db = new TempDatabase();
        using (var connection = SqliteConnections.Open(db.Options))
        {
            SchemaMigrator.Migrate(connection, 1);
            Version1Rows.Write(connection);
            SchemaMigrator.Migrate(connection, 7);
        }

        var upgradeDay = RepLiveCounters.UtcDay(DateTimeOffset.UtcNow);
        using var store = db.Open();

        using var check = SqliteConnections.Open(db.Options);
        using var command = check.CreateCommand();
        command.CommandText = "SELECT count(*), sum(routed_open_leads), sum(routed_today), min(as_of_day), max(as_of_day) FROM rep_workload";
        using var row = command.ExecuteReader();
        Assert.True(row.Read());
        Assert.True(row.GetInt64(0) > 0);
        Assert.Equal((0L, 0L), (row.GetInt64(1), row.GetInt64(2)));
        Assert.Equal(row.GetString(3), row.GetString(4));
        Assert.InRange(DateOnly.Parse(row.GetString(3), System.Globalization.CultureInfo.InvariantCulture), upgradeDay, upgradeDay.AddDays(1));
    }

    [Fact]
    public void Open_Version7DatabaseWithRoutingCounts_RoutingStillAddsItsWholeCount()
    {
        using var db = new TempDatabase();
        var now = DateTimeOffset.UtcNow;
        var rep = Version1Rows.Expected().Reps.First(r => r.Workload.OpenLeads > 0);
        using (var connection = SqliteConnections.Open(db.Options))
        {
            SchemaMigrator.Migrate(connection, 1);
            Version1Rows.Write(connection);
            SchemaMigrator.Migrate(connection, 7);
            // Two leads routing assigned to the rep while the database was at version 7.
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at) VALUES ($rep, 2, $day, 2, NULL)";
            insert.Parameters.AddWithValue("$rep", rep.Id);
            insert.Parameters.AddWithValue("$day", now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }

        using var store = SqliteReferenceDataStore.Open(db.Options);
        using var reloaded = new RoutedLeads(db.Options);

        Assert.Equal(rep.Workload.OpenLeads + 2, store.GetRep(rep.Id)!.Workload.OpenLeads);
        Assert.Equal(rep.Workload.OpenLeads + 2, reloaded.WorkloadOf(store.Current, rep.Id, now).OpenLeads);
        Assert.Equal(rep.Workload.AssignedToday + 2, reloaded.WorkloadOf(store.Current, rep.Id, now).AssignedToday);
    }
}
