using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Store.Migrations;

namespace RoutingRules.Store.Tests;

public class SchemaMigratorTests
{
    public static TheoryData<int> EarlierVersions()
    {
        // Version numbers may have a gap (a branch numbers its migration after one it does not have yet).
        var data = new TheoryData<int> { 0 };
        foreach (var migration in SchemaMigrator.All.Where(m => m.Version < SchemaMigrator.LatestVersion))
        {
            data.Add(migration.Version);
        }

        return data;
    }

    public static TheoryData<int> EveryVersion()
    {
        var data = EarlierVersions();
        data.Add(SchemaMigrator.LatestVersion);
        return data;
    }

    [Fact]
    public void Migrate_EmptyDatabase_ReachesLatestAndRecordsEachVersion()
    {
        using var db = new TempDatabase();
        using var connection = SqliteConnections.Open(db.Options);
        Assert.Equal(0, SchemaMigrator.CurrentVersion(connection));
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.Migrate(connection));
        Assert.Equal(SchemaMigrator.All.Select(m => (long)m.Version), Column<long>(connection, "SELECT version FROM schema_version ORDER BY version"));
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void Migrate_FromEarlierVersion_SameSchemaAsFresh(int start)
    {
        using var fresh = new TempDatabase();
        using var upgraded = new TempDatabase();
        using var freshConnection = SqliteConnections.Open(fresh.Options);
        using var upgradedConnection = SqliteConnections.Open(upgraded.Options);
        SchemaMigrator.Migrate(freshConnection);
        Assert.Equal(start, SchemaMigrator.Migrate(upgradedConnection, start));
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.Migrate(upgradedConnection));
        Assert.Equal(Schema(freshConnection), Schema(upgradedConnection));
    }

    /// <summary>
    /// A deployment left at version k (migrations 1..k, data written at version 1) opened by the
    /// current code: every later migration runs, the schema matches a fresh database and nothing
    /// stored is lost. A new migration is covered by this test as soon as it joins the list.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryVersion))]
    public void Open_DatabaseLeftAtVersion_UpgradedWithDataIntact(int version)
    {
        using var db = new TempDatabase();
        using (var connection = SqliteConnections.Open(db.Options))
        {
            SchemaMigrator.Migrate(connection, Math.Min(version, 1));
            if (version >= 1)
            {
                Version1Rows.Write(connection);
            }

            Assert.Equal(version, SchemaMigrator.Migrate(connection, version));
        }

        var expected = version >= 1 ? Version1Rows.Expected() : Dataset.Empty;
        using var store = db.Open();
        using var fresh = new TempDatabase();
        using var freshConnection = SqliteConnections.Open(fresh.Options);
        SchemaMigrator.Migrate(freshConnection);
        using var upgraded = SqliteConnections.Open(db.Options);

        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(upgraded));
        Assert.Equal(SchemaMigrator.All.Select(m => (long)m.Version), Column<long>(upgraded, "SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal(Schema(freshConnection), Schema(upgraded));
        Assert.Equal(SqliteReferenceDataStoreTests.Json(expected), SqliteReferenceDataStoreTests.Json(store.ExportDataset()));
        Assert.Equal(SqliteReferenceDataStoreTests.Json(expected), SqliteReferenceDataStoreTests.Json(store.Current.Dataset));
    }

    [Fact]
    public void Version1Rows_Fixture_HoldsEveryRecordType()
    {
        var d = Version1Rows.Expected();
        Assert.All(new[] { d.Reps.Count, d.Territories.Count, d.Accounts.Count, d.Opportunities.Count, d.PreviousLeads.Count }, n => Assert.True(n > 0));
        Assert.NotEqual(RoutingRules.Domain.Policy.RoutingPolicy.Default.Capacity, d.Policy.Capacity);
        Assert.Contains(d.Reps, r => r.Workload.OpenLeads > 0 && r.Workload.LastAssignedAt is not null);
    }

    [Fact]
    public void Migrate_Twice_IsIdempotent()
    {
        using var db = new TempDatabase();
        using var connection = SqliteConnections.Open(db.Options);
        SchemaMigrator.Migrate(connection);
        var before = Schema(connection);
        SchemaMigrator.Migrate(connection);
        Assert.Equal(before, Schema(connection));
        Assert.Equal((long)SchemaMigrator.All.Count, Column<long>(connection, "SELECT count(*) FROM schema_version")[0]);
    }

    [Fact]
    public void Migrate_NewerDatabase_Refused()
    {
        using var db = new TempDatabase();
        using var connection = SqliteConnections.Open(db.Options);
        SchemaMigrator.Migrate(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, 'future', 'now')";
        command.Parameters.AddWithValue("$v", SchemaMigrator.LatestVersion + 1);
        command.ExecuteNonQuery();
        Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(connection));
    }

    [Fact]
    public void All_Versions_StrictlyIncreasingFromOne()
    {
        var versions = SchemaMigrator.All.Select(m => m.Version).ToList();

        Assert.Equal(1, versions[0]);
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    /// <summary>
    /// A migration numbered below the database's highest version but not recorded in it (a branch
    /// merged after another that numbered its migration higher) is still applied, and only once.
    /// </summary>
    [Fact]
    public void Migrate_VersionMissingBelowTheHighest_AppliesIt()
    {
        using var db = new TempDatabase();
        using var connection = SqliteConnections.Open(db.Options);
        SchemaMigrator.Migrate(connection);
        // Version 7 only creates trace_vocabulary: forgetting it stands for a version merged late.
        SqliteConnections.Execute(connection, "DELETE FROM schema_version WHERE version = 7; DROP TABLE trace_vocabulary;");

        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.Migrate(connection));

        Assert.Equal(SchemaMigrator.All.Select(m => (long)m.Version), Column<long>(connection, "SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal(0L, Column<long>(connection, "SELECT count(*) FROM trace_vocabulary")[0]);
    }

    [Fact]
    public void Open_Pragmas_WalFullSyncForeignKeys()
    {
        using var db = new TempDatabase();
        using var connection = SqliteConnections.Open(db.Options);
        Assert.Equal("wal", Column<string>(connection, "PRAGMA journal_mode")[0]);
        Assert.Equal(2L, Column<long>(connection, "PRAGMA synchronous")[0]);
        Assert.Equal(1L, Column<long>(connection, "PRAGMA foreign_keys")[0]);
        Assert.Equal(5000L, Column<long>(connection, "PRAGMA busy_timeout")[0]);
    }

    private static List<string> Schema(SqliteConnection connection) =>
        Column<string>(connection, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");

    private static List<T> Column<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
