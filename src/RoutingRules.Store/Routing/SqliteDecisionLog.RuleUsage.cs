using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>Which rules fired over a window, read from the stored traces.</summary>
public sealed partial class SqliteDecisionLog
{
    /// <summary>
    /// Reads the traces of the decisions made since <paramref name="since"/>, newest first, on a
    /// connection of its own: a month of traces is many megabytes, and the commit thread's
    /// connection must not wait for them (a reader in WAL mode holds up no writer). Only the
    /// fired-rule list at the start of each trace is decoded. When the trace retention removed the
    /// window's oldest traces, the usage covers the decisions after the newest of those, and says so
    /// by its <see cref="RuleUsage.Since"/>.
    /// </summary>
    public RuleUsage RuleUsage(DateTimeOffset since)
    {
        using var connection = SqliteConnections.Open(_options);
        using var command = connection.CreateCommand();
        // Sequences grow with time: walking back from the newest decision, the first one decided
        // before the window ends the scan (no index on decided_at is needed for it).
        command.CommandText = "SELECT d.decided_at, t.trace FROM decisions d LEFT JOIN decision_traces t ON t.sequence = d.sequence ORDER BY d.sequence DESC";
        using var reader = command.ExecuteReader();
        var vocabulary = _vocabulary;
        var decisions = 0;
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var covered = since;
        while (reader.Read() && StoredTime.ParseInstant(reader.GetString(0)) is var decidedAt && decidedAt >= since)
        {
            if (reader.IsDBNull(1))
            {
                // The trace retention removed this trace and every older one: the window starts later.
                covered = decidedAt;
                break;
            }

            decisions++;
            fired.Clear();
            fired.UnionWith(StoredDecisionRow.ReadTrace<IEnumerable<string>>(
                reader, 1, bytes => TraceBinary.FiredRules(bytes, vocabulary), json => TraceJson.Deserialize(json).FiredRules, []));
            foreach (var rule in fired)
            {
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        return new RuleUsage(covered, decisions, byRule);
    }
}
