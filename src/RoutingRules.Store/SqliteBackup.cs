using Microsoft.Data.Sqlite;

namespace RoutingRules.Store;

/// <summary>
/// A consistent copy of the whole database (reference data, policy, decision log, live state,
/// traces) taken while the server runs: <c>VACUUM INTO</c> on a connection of its own reads one
/// snapshot of the file, so writers go on and the copy holds every transaction committed before
/// it started and none after. The copy is compacted (free pages left out) and is a database the
/// server opens as it is (<c>serve --data COPY</c>).
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
            // VACUUM INTO refuses a non-empty file too; saying so here names the file.
            throw new IOException($"The backup file '{path}' exists already.");
        }

        using (var connection = SqliteConnections.Open(options))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", path);
            command.ExecuteNonQuery();
        }

        return new FileInfo(path).Length;
    }

    /// <summary>True when the database at <paramref name="path"/> passes SQLite's integrity check.</summary>
    public static bool IsIntact(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        return SqliteConnections.Scalar(connection, "PRAGMA integrity_check") as string == "ok";
    }
}
