using Microsoft.Data.Sqlite;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// A lead's history read along the supersedes chain, reroutes superseding by sequence, and
/// decisions stored before schema version 5 (JSON text, a stored day, the lead-id index).
/// </summary>
public sealed class DecisionHistoryTests
{
    [Fact]
    public void History_ManyReroutesBesideOtherLeads_EveryDecisionOfTheLeadInOrder()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var active = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(active, LiveStateChanges.None, null), new DecisionCommit(Decision(2, "L2", Assignee.ForQueue("pool")), LiveStateChanges.None, null)]);
        var expected = new List<string> { active.DecisionId };
        for (var sequence = 3L; sequence <= 12; sequence += 2)
        {
            var next = Decision(sequence, "L1", Assignee.ForRep(sequence % 4 == 1 ? "rep-a" : "rep-b", "Rep")) with { SupersedesDecisionId = active.DecisionId };
            var unrelated = Decision(sequence + 1, $"L{sequence + 1}", Assignee.ForRep("rep-c", "Cy"));
            log.Commit([new DecisionCommit(unrelated, LiveStateChanges.None, null), new DecisionCommit(next, LiveStateChanges.None, active)]);
            expected.Add(next.DecisionId);
            active = next;
        }

        var history = log.History("L1");

        Assert.Equal(expected, history.Select(d => d.DecisionId));
        Assert.All(history, d => Assert.Equal("L1", d.LeadId));
        Assert.Equal(["d2"], log.History("L2").Select(d => d.DecisionId));
        Assert.Empty(log.History("no-such-lead"));
    }

    [Fact]
    public void History_QueryPlan_SearchesIndexesWithoutScanningDecisions()
    {
        using var db = new TempDatabase();
        using (SqliteDecisionLog.Open(db.Options))
        {
        }

        using var connection = SqliteConnections.Open(db.Options);
        SqliteDecisionLog.RegisterFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT d.sequence FROM decisions d {SqliteDecisionLog.LeadChain}";
        command.Parameters.AddWithValue("$lead", "L1");
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("decisions_active_lead", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN d", StringComparison.Ordinal) || step.StartsWith("SCAN decisions", StringComparison.Ordinal)
            || step.StartsWith("SCAN p", StringComparison.Ordinal));
    }

    [Fact]
    public void Commit_RerouteNamingAStaleSequence_RollsBackAndKeepsTheActiveDecision()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(Decision(2, "L2", Assignee.ForRep("rep-b", "Bob")), LiveStateChanges.None, null)]);
        var wrongRow = first with { Sequence = 2 };

        Assert.Throws<SqliteException>(() => log.Commit([
            new DecisionCommit(Decision(3, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId }, LiveStateChanges.None, wrongRow)]));

        var state = log.Load(Noon.AddDays(-1));
        Assert.Equal(["d1", "d2"], state.ActiveDecisions.Select(d => d.DecisionId));
        Assert.Equal(2, state.LastSequence);
    }

    /// <summary>A decision a version-4 build stored (JSON text, decided_day stored) reads, reroutes and keeps its day after the upgrade.</summary>
    [Fact]
    public void Open_DecisionStoredAsJsonAtVersion4_ReadsAndReroutes()
    {
        using var db = new TempDatabase();
        var old = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { Decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")).Decision with { LeadScore = 42 } };
        using (var connection = SqliteConnections.Open(db.Options))
        {
            Migrations.SchemaMigrator.Migrate(connection, 4);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, decided_day, rep_id, account_id, decision_json)
                VALUES (1, 'd1', 'L1', 'L1', '2026-03-02T12:00:00.0000000Z', '2026-03-02', 'rep-a', 'acc-1', $json);
                INSERT INTO decision_traces (sequence, trace) VALUES (1, '{"firedRules":["A"],"claims":[],"exclusions":[]}');
                INSERT INTO rep_live_counters (rep_id, open_leads, assigned_day, assigned_today, last_assigned_at) VALUES ('rep-a', 1, '2026-03-02', 1, '2026-03-02T12:00:00.0000000Z');
                """;
            insert.Parameters.AddWithValue("$json", DecisionJson.Serialize(old.Decision));
            insert.ExecuteNonQuery();
        }

        using var log = SqliteDecisionLog.Open(db.Options);
        var stored = Assert.Single(log.History("L1"));
        Assert.Equal(old.Decision, stored.Decision);
        var reroute = Decision(2, "L1", Assignee.ForQueue("pool"), Noon.AddDays(1)) with { SupersedesDecisionId = stored.DecisionId };
        log.Commit([new DecisionCommit(reroute, LiveStateChanges.None, stored)]);

        var history = log.History("L1");
        Assert.Equal([old.Decision, reroute.Decision], history.Select(d => d.Decision));
        Assert.Equal(["A"], history[0].Trace.FiredRules);
        Assert.Equal(reroute.DecisionId, Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions).DecisionId);
        using var check = SqliteConnections.Open(db.Options);
        Assert.Equal(["text 2026-03-02 d2", "blob 2026-03-03 "], StoredRows.Of(check, "SELECT typeof(decision) || ' ' || decided_day || ' ' || coalesce(superseded_by, '') FROM decisions ORDER BY sequence"));
        Assert.Empty(StoredRows.Of(check, "SELECT name FROM sqlite_master WHERE name = 'decisions_lead'"));
    }
}
