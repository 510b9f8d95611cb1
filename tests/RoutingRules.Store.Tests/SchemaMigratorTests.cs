using Microsoft.Data.Sqlite;
using RoutingRules.Store.Migrations;

namespace RoutingRules.Store.Tests;

public class SchemaMigratorTests
{
    public static TheoryData<int> EarlierVersions()
    {
        var data = new TheoryData<int>();
        for (var v = 0; v < SchemaMigrator.LatestVersion; v++)
        {
            data.Add(v);
        }

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
    public void All_Versions_StrictlyIncreasingFromOne() =>
        Assert.Equal(Enumerable.Range(1, SchemaMigrator.All.Count), SchemaMigrator.All.Select(m => m.Version));

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
