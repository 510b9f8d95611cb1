using Microsoft.Data.Sqlite;

namespace RoutingRules.Server.Explain;

/// <summary>
/// Finds the lead of a decision id in the decision log (the log's interface reads by lead only).
/// Opens a read-only connection per call: explanations by decision id are rare, and a read-only
/// WAL reader never blocks the commit path.
/// </summary>
internal sealed class DecisionIdLookup(Func<string?> databasePath)
{
    public string? LeadOf(string decisionId)
    {
        var path = databasePath();
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT lead_id FROM decisions WHERE decision_id = $id";
        command.Parameters.AddWithValue("$id", decisionId);
        return command.ExecuteScalar() as string;
    }
}
