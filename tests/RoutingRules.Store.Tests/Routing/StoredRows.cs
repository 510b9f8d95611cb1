using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The first column of a query's rows as text, for tests that look at what a store wrote.</summary>
internal static class StoredRows
{
    public static List<string> Of(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    public static List<string> Of(TempDatabase db, string sql)
    {
        using var connection = SqliteConnections.Open(db.Options);
        return Of(connection, sql);
    }
}
