using System.Globalization;
using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Serialization;
using RoutingRules.Store.Routing;

namespace RoutingRules.Store;

/// <summary>Reads and writes the reference-data tables; callers own the transaction.</summary>
internal static class ReferenceTables
{
    public static readonly JsonTable<Rep> Reps = new("reps", r => r.Id);
    public static readonly JsonTable<Territory> Territories = new("territories", t => t.Id, "parent_id", t => t.ParentId);
    public static readonly JsonTable<Account> Accounts = new("accounts", a => a.Id);
    public static readonly JsonTable<Opportunity> Opportunities = new("opportunities", o => o.Id, "account_id", o => o.AccountId);
    public static readonly JsonTable<PreviousLead> PreviousLeads = new("previous_leads", l => l.Id, "account_id", l => l.AccountId);

    public static Dataset Load(SqliteConnection connection)
    {
        var workloads = LoadWorkloads(connection);
        var reps = Reps.LoadAll(connection);
        for (var i = 0; i < reps.Count; i++)
        {
            var (workload, asOf) = workloads.GetValueOrDefault(reps[i].Id);
            reps[i] = reps[i] with { Workload = workload ?? RepWorkload.Empty, WorkloadAsOf = asOf };
        }

        return new Dataset
        {
            Policy = LoadPolicy(connection),
            Reps = reps,
            Territories = Territories.LoadAll(connection),
            Accounts = Accounts.LoadAll(connection),
            Opportunities = Opportunities.LoadAll(connection),
            PreviousLeads = PreviousLeads.LoadAll(connection),
        };
    }

    public static void WritePolicy(SqliteConnection connection, SqliteTransaction transaction, RoutingPolicy policy)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO policy (id, json) VALUES (1, $json) ON CONFLICT(id) DO UPDATE SET json = excluded.json";
        command.Parameters.AddWithValue("$json", System.Text.Json.JsonSerializer.Serialize(policy, DatasetJson.Compact));
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Rep rows keep reference data only; the workload and its <see cref="Rep.WorkloadAsOf"/> live in
    /// rep_workload. The rep must come settled (<see cref="WorkloadSettlement"/>): it has both.
    /// </summary>
    public static void WriteRep(JsonTable<Rep>.Writer reps, SqliteCommand workload, Rep rep)
    {
        var asOf = rep.WorkloadAsOf ?? throw new InvalidOperationException($"Rep '{rep.Id}' is written without settling its workload.");
        reps.Write(rep with { Workload = RepWorkload.Empty });
        SetWorkloadParameters(workload, rep.Id, rep.Workload, asOf);
        workload.ExecuteNonQuery();
    }

    public static SqliteCommand CreateWorkloadWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO rep_workload (rep_id, open_leads, overdue_follow_ups, assigned_today, last_assigned_at, active_opportunities,
                as_of_day, routed_open_leads, routed_today)
            VALUES ($rep, $open, $overdue, $today, $last, $opps, $asOfDay, $routedOpen, $routedToday)
            ON CONFLICT(rep_id) DO UPDATE SET open_leads = excluded.open_leads, overdue_follow_ups = excluded.overdue_follow_ups,
                assigned_today = excluded.assigned_today, last_assigned_at = excluded.last_assigned_at,
                active_opportunities = excluded.active_opportunities, as_of_day = excluded.as_of_day,
                routed_open_leads = excluded.routed_open_leads, routed_today = excluded.routed_today
            """;
        foreach (var name in new[] { "$rep", "$open", "$overdue", "$today", "$last", "$opps", "$asOfDay", "$routedOpen", "$routedToday" })
        {
            command.Parameters.Add(name, name is "$rep" or "$last" or "$asOfDay" ? SqliteType.Text : SqliteType.Integer);
        }

        command.Prepare();
        return command;
    }

    /// <summary>The account's domains, replacing any it held before.</summary>
    public static void WriteDomains(SqliteCommand deleteDomains, SqliteCommand insertDomain, Account account, bool replacing)
    {
        if (replacing)
        {
            deleteDomains.Parameters[0].Value = account.Id;
            deleteDomains.ExecuteNonQuery();
        }

        foreach (var domain in account.Domains.Select(DomainNames.NormalizeHost).Distinct())
        {
            insertDomain.Parameters[0].Value = domain;
            insertDomain.Parameters[1].Value = account.Id;
            insertDomain.ExecuteNonQuery();
        }
    }

    public static (SqliteCommand Delete, SqliteCommand Insert) CreateDomainWriters(SqliteConnection connection, SqliteTransaction transaction)
    {
        var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM account_domains WHERE account_id = $account";
        delete.Parameters.Add("$account", SqliteType.Text);
        delete.Prepare();
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO account_domains (domain, account_id) VALUES ($domain, $account)";
        insert.Parameters.Add("$domain", SqliteType.Text);
        insert.Parameters.Add("$account", SqliteType.Text);
        insert.Prepare();
        return (delete, insert);
    }

    private static void SetWorkloadParameters(SqliteCommand command, string repId, RepWorkload w, WorkloadAsOf asOf)
    {
        command.Parameters["$rep"].Value = repId;
        command.Parameters["$open"].Value = w.OpenLeads;
        command.Parameters["$overdue"].Value = w.OverdueFollowUps;
        command.Parameters["$today"].Value = w.AssignedToday;
        command.Parameters["$last"].Value = (object?)w.LastAssignedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value;
        command.Parameters["$opps"].Value = w.ActiveOpportunities;
        command.Parameters["$asOfDay"].Value = StoredTime.Day(asOf.Day);
        command.Parameters["$routedOpen"].Value = asOf.RoutedOpenLeads;
        command.Parameters["$routedToday"].Value = asOf.RoutedToday;
    }

    private static RoutingPolicy LoadPolicy(SqliteConnection connection)
    {
        var json = SqliteConnections.Scalar(connection, "SELECT json FROM policy WHERE id = 1") as string;
        return json is null
            ? RoutingPolicy.Default
            : System.Text.Json.JsonSerializer.Deserialize<RoutingPolicy>(json, DatasetJson.Compact) ?? RoutingPolicy.Default;
    }

    private static Dictionary<string, (RepWorkload? Workload, WorkloadAsOf? AsOf)> LoadWorkloads(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT rep_id, open_leads, overdue_follow_ups, assigned_today, last_assigned_at, active_opportunities,
                as_of_day, routed_open_leads, routed_today
            FROM rep_workload
            """;
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, (RepWorkload?, WorkloadAsOf?)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var workload = new RepWorkload
            {
                OpenLeads = reader.GetInt32(1),
                OverdueFollowUps = reader.GetInt32(2),
                AssignedToday = reader.GetInt32(3),
                LastAssignedAt = reader.IsDBNull(4) ? null : DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                ActiveOpportunities = reader.GetInt32(5),
            };
            var asOf = new WorkloadAsOf(StoredTime.ParseDay(reader.GetString(6)), reader.GetInt32(7), reader.GetInt32(8));
            result[reader.GetString(0)] = (workload, asOf);
        }

        return result;
    }
}
