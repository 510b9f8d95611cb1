using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Store.Routing;

/// <summary>Trace retention: the oldest traces go, their decisions stay.</summary>
public sealed partial class SqliteDecisionLog
{
    /// <summary>
    /// Removes the traces of the oldest decisions made before <paramref name="decidedBefore"/>, at
    /// most <paramref name="max"/> of them, in one transaction; returns how many it removed (0 once
    /// none is left). Holds the log's connection for one short delete, so commits wait only that
    /// long: callers loop, pausing between calls. The freed pages are reused by later traces (the
    /// file stops growing rather than shrinking).
    /// </summary>
    public int RemoveTraces(DateTimeOffset decidedBefore, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_gate)
        {
            if (SqliteConnections.Scalar(_connection, "SELECT min(sequence) FROM decision_traces") is not long oldest)
            {
                return 0;
            }

            int removed;
            using (var transaction = _connection.BeginTransaction(deferred: false))
            using (var command = _connection.CreateCommand())
            {
                command.Transaction = transaction;
                // Sequences grow with time: the first decision of the range made at or after the cutoff
                // ends it (a walk along the primary key, no index on decided_at needed).
                command.CommandText = """
                    DELETE FROM decision_traces WHERE sequence >= $oldest AND sequence < (
                        SELECT coalesce(min(sequence), $end) FROM decisions
                        WHERE sequence >= $oldest AND sequence < $end AND decided_at >= $cutoff)
                    """;
                command.Parameters.AddWithValue("$oldest", oldest);
                command.Parameters.AddWithValue("$end", oldest + max);
                command.Parameters.AddWithValue("$cutoff", StoredTime.Instant(decidedBefore));
                removed = command.ExecuteNonQuery();
                transaction.Commit();
            }

            // Counted like a commit, so the log it grew is copied and started over as theirs is.
            KeepLogShort();
            return removed;
        }
    }
}
