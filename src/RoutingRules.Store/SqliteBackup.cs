using Microsoft.Data.Sqlite;

namespace RoutingRules.Store;

/// <summary>
/// A consistent copy of the whole database (reference data, policy, decision log, live state,
/// traces) taken while the server runs: SQLite's online backup copies every page in one step, on
/// a connection of its own inside one read snapshot, so writers go on and the copy holds every
/// transaction committed before it started and none after. Pages are copied as they are, free
/// ones included: rebuilding the file with <c>VACUUM INTO</c> instead cost routing more while it
/// ran (docs/PERFORMANCE.md, "Backup while routing"). The copy is one self-contained file, which
/// the server opens as it is (<c>serve --data COPY</c>, switching it to WAL).
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes the copy of <paramref name="options"/>' database to <paramref name="path"/>, which must not exist; returns its size in bytes.</summary>
    public static long WriteTo(SqliteStoreOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            throw new IOException($"The backup file '{path}' exists already.");
        }

        using (var source = SqliteConnections.Open(options))
        using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ConnectionString))
        {
            destination.Open();
            source.BackupDatabase(destination);
            // The pages carry the source's WAL mode: back to a rollback journal, so that closing
            // leaves everything in the one file and no log beside it.
            SqliteConnections.Execute(destination, "PRAGMA journal_mode = DELETE;");
        }

        return new FileInfo(path).Length;
    }

    /// <summary>
    /// True when the database at <paramref name="path"/> passes SQLite's quick check: every page
    /// and record well formed (the full integrity check also compares every index with its table,
    /// several times the work on a large file, for damage a page copy cannot cause).
    /// </summary>
    public static bool IsIntact(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        return SqliteConnections.Scalar(connection, "PRAGMA quick_check") as string == "ok";
    }
}
