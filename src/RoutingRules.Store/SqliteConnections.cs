using Microsoft.Data.Sqlite;

namespace RoutingRules.Store;

/// <summary>Opens connections with the pragmas every RoutingRules connection needs.</summary>
public static class SqliteConnections
{
    public static SqliteConnection Open(SqliteStoreOptions options)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        var synchronous = options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL";
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, $"PRAGMA synchronous = {synchronous};");
        Execute(connection, "PRAGMA foreign_keys = ON;");
        Execute(connection, $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds};");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
