using Microsoft.Data.Sqlite;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// The decision log knows its write-ahead log has grown too long from the file's length, which
/// holds only because SQLite cuts the file back to journal_size_limit when the log starts over.
/// Small pages keep the longest log at about 3 MB here.
/// </summary>
public sealed class WalLengthLimitTests
{
    private const int SmallPage = 512;

    [Fact]
    public void Bytes_IsTheLongestLogInFrames()
    {
        var limit = new WalLengthLimit("/tmp/db.sqlite", 4096);

        Assert.Equal(32 + (WalCheckpointer.LongestLogFrames * (24L + 4096)), limit.Bytes);
    }

    [Fact]
    public void Exceeded_NoLogFile_IsFalse()
    {
        using var db = new TempDatabase();

        Assert.False(new WalLengthLimit(db.Path, SmallPage).Exceeded());
    }

    [Fact]
    public void Exceeded_LogGrownPastTheLimitWhileAReaderHeldIt_IsTrue_ThenFalseOnceTheLogStartsOver()
    {
        using var db = new TempDatabase();
        var limit = new WalLengthLimit(db.Path, SmallPage);
        using var writer = OpenSmallPaged(db.Path, limit);
        Execute(writer, "CREATE TABLE t (payload BLOB)");

        using (var reader = Open(db.Path))
        using (var snapshot = reader.BeginTransaction(deferred: true))
        {
            // A read transaction pins the log: no checkpoint can start it over meanwhile.
            Execute(reader, "SELECT count(*) FROM t", snapshot);
            WriteUntil(writer, () => new FileInfo(db.Path + "-wal").Length > limit.Bytes);

            Assert.True(limit.Exceeded());
        }

        Execute(writer, "PRAGMA wal_checkpoint(RESTART)");
        Execute(writer, "INSERT INTO t VALUES (zeroblob(100))");

        Assert.False(limit.Exceeded());
    }

    private static SqliteConnection OpenSmallPaged(string path, WalLengthLimit limit)
    {
        var connection = Open(path);
        Execute(connection, $"PRAGMA page_size = {SmallPage}");
        Execute(connection, "PRAGMA journal_mode = WAL");
        Execute(connection, "PRAGMA wal_autocheckpoint = 0");
        Execute(connection, limit.Pragma);
        return connection;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void WriteUntil(SqliteConnection connection, Func<bool> done)
    {
        for (var i = 0; i < 100_000 && !done(); i++)
        {
            Execute(connection, "INSERT INTO t VALUES (zeroblob(4000))");
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
