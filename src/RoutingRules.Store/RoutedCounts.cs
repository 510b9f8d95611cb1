using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store;

/// <summary>
/// Routing's own counters per rep as the decision log committed them (rep_live_counters, in the
/// same file). A workload write reads them inside its own transaction, which SQLite orders between
/// two group commits: every decision is then either in the counters the write records or counted
/// after it, never both and never neither, and a decision that failed to commit was never counted.
/// Rep reads use them to show the workload routing uses.
/// </summary>
internal static class RoutedCounts
{
    /// <summary>Every rep's counters, or only <paramref name="repId"/>'s; a rep routing never assigned has none.</summary>
    public static Dictionary<string, RepLiveCounters> Load(SqliteConnection connection, SqliteTransaction? transaction, string? repId = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT rep_id, open_leads, assigned_day, assigned_today, last_assigned_at FROM rep_live_counters
            WHERE $rep IS NULL OR rep_id = $rep
            """;
        command.Parameters.AddWithValue("$rep", (object?)repId ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var counters = new Dictionary<string, RepLiveCounters>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counters[reader.GetString(0)] = new RepLiveCounters(
                reader.GetInt32(1),
                StoredTime.ParseDay(reader.GetString(2)),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : StoredTime.ParseInstant(reader.GetString(4)));
        }

        return counters;
    }

    public static RepLiveCounters Of(IReadOnlyDictionary<string, RepLiveCounters> counters, string repId) =>
        counters.GetValueOrDefault(repId) ?? RepLiveCounters.Empty;
}
