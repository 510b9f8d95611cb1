using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>Rows as older builds wrote them, and the first column of a query's rows as text, for tests that look at what a store holds.</summary>
internal static class StoredRows
{
    /// <summary>
    /// Lead L1's decision (rep-a "Ann", territory t1, account acc-1, decided 2026-03-02 12:00 UTC,
    /// escalation at 12:30) as builds before schema version 5 stored it: JSON text.
    /// </summary>
    public const string JsonDecisionOfL1 =
        """
        {"leadId":"L1","repId":"rep-a","repName":"Ann","level":"Territory","territoryId":"t1","accountId":"acc-1","treatment":"SdrAccelerated","priority":"Normal","respondBy":"2026-03-02T12:15:00+00:00","escalateAt":"2026-03-02T12:30:00+00:00","flags":"None","reason":"Test decision.","ruleSetVersion":"v-test"}
        """;

    /// <summary>
    /// The INSERT of <see cref="JsonDecisionOfL1"/> as decision 1 (d1, sequence 1) in the decisions
    /// table of schema versions 3 and 4, where the decision was JSON text and the trace stood apart.
    /// </summary>
    public static string InsertJsonDecisionOfL1(string idempotencyKey) => $$"""
        INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, decided_day, rep_id, account_id, decision_json)
        VALUES (1, 'd1', 'L1', '{{idempotencyKey}}', '2026-03-02T12:00:00.0000000Z', '2026-03-02', 'rep-a', 'acc-1', '{{JsonDecisionOfL1}}');
        """;

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
