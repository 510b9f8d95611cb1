using System.Globalization;
using Microsoft.Data.Sqlite;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Migrations;

/// <summary>
/// A queue's length counts the leads waiting in it (DOMAIN.md §6), no longer those someone took
/// up (acknowledged without a rep): the lengths are counted again from the decisions in force
/// without an acknowledgement. Version 9 recorded every decision in force at its upgrade as
/// acknowledged, to keep the SLA escalation off leads nobody could have acknowledged; for a queue
/// lead that record said "taken up" when it was waiting, so the records version 9 made for queue
/// decisions (at or before its upgrade time: nobody could acknowledge before it) are removed first.
/// </summary>
internal sealed class V010WaitingQueueLengths : IMigration
{
    public int Version => 10;
    public string Name => "queue lengths count waiting leads";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (SqliteConnections.Scalar(connection, "SELECT applied_at FROM schema_version WHERE version = 9", transaction) is string version9At)
        {
            using var forget = connection.CreateCommand();
            forget.Transaction = transaction;
            forget.CommandText = """
                DELETE FROM decision_acknowledgements
                WHERE acknowledged_at <= $upgrade
                  AND sequence IN (SELECT sequence FROM decisions WHERE queue_name IS NOT NULL AND superseded_by IS NULL)
                """;
            forget.Parameters.AddWithValue("$upgrade", StoredTime.Instant(DateTimeOffset.Parse(version9At, CultureInfo.InvariantCulture)));
            forget.ExecuteNonQuery();
        }

        SqliteConnections.Execute(connection, """
            UPDATE queue_lengths SET length = (
                SELECT count(*) FROM decisions d
                WHERE d.queue_name = queue_lengths.queue_name AND d.superseded_by IS NULL
                  AND NOT EXISTS (SELECT 1 FROM decision_acknowledgements a WHERE a.sequence = d.sequence));
            """, transaction);
    }
}
