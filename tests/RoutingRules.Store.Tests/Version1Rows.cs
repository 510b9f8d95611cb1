using System.Text.Json;
using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Store.Tests;

/// <summary>
/// Fills a version-1 database the way version-1 code laid it out, from a frozen dataset file and
/// raw SQL rather than today's writers: upgrade tests then start from rows an old deployment
/// really holds, and a later change to the model or the writers cannot silently rewrite them.
/// </summary>
internal static class Version1Rows
{
    private static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "dataset-v001.json");

    /// <summary>The dataset the rows hold, as the current code reads the fixture.</summary>
    public static Dataset Expected() => DatasetJson.Load(FixturePath);

    public static void Write(SqliteConnection connection)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var root = document.RootElement;
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, "INSERT INTO policy (id, json) VALUES (1, $a)", root.GetProperty("policy").GetRawText());
        foreach (var rep in root.GetProperty("reps").EnumerateArray())
        {
            var id = rep.GetProperty("id").GetString();
            Insert(connection, transaction, "INSERT INTO reps (id, json) VALUES ($a, $b)", id, rep.GetRawText());
            var w = rep.GetProperty("workload");
            Insert(
                connection,
                transaction,
                "INSERT INTO rep_workload (rep_id, open_leads, overdue_follow_ups, assigned_today, last_assigned_at, active_opportunities) VALUES ($a, $b, $c, $d, $e, $f)",
                id,
                w.GetProperty("openLeads").GetInt32(),
                w.GetProperty("overdueFollowUps").GetInt32(),
                w.GetProperty("assignedToday").GetInt32(),
                w.TryGetProperty("lastAssignedAt", out var last) ? last.GetString() : null,
                w.GetProperty("activeOpportunities").GetInt32());
        }

        foreach (var territory in root.GetProperty("territories").EnumerateArray())
        {
            Insert(connection, transaction, "INSERT INTO territories (id, parent_id, json) VALUES ($a, $b, $c)", Id(territory), Optional(territory, "parentId"), territory.GetRawText());
        }

        foreach (var account in root.GetProperty("accounts").EnumerateArray())
        {
            Insert(connection, transaction, "INSERT INTO accounts (id, json) VALUES ($a, $b)", Id(account), account.GetRawText());
            if (account.TryGetProperty("domains", out var domains))
            {
                foreach (var domain in domains.EnumerateArray())
                {
                    Insert(connection, transaction, "INSERT INTO account_domains (domain, account_id) VALUES ($a, $b)", domain.GetString(), Id(account));
                }
            }
        }

        foreach (var opportunity in root.GetProperty("opportunities").EnumerateArray())
        {
            Insert(connection, transaction, "INSERT INTO opportunities (id, account_id, json) VALUES ($a, $b, $c)", Id(opportunity), Optional(opportunity, "accountId"), opportunity.GetRawText());
        }

        foreach (var lead in root.GetProperty("previousLeads").EnumerateArray())
        {
            Insert(connection, transaction, "INSERT INTO previous_leads (id, account_id, json) VALUES ($a, $b, $c)", Id(lead), Optional(lead, "accountId"), lead.GetRawText());
        }

        transaction.Commit();
    }

    private static string? Id(JsonElement record) => record.GetProperty("id").GetString();

    private static string? Optional(JsonElement record, string property) =>
        record.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
