using System.Globalization;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// Decisions found by id without an index on every id (schema version 6): an id that carries its
/// row's sequence is found through it, any other id through <c>decision_ids</c>.
/// </summary>
public sealed class DecisionIdLookupTests
{
    [Fact]
    public void Commit_IdsCarryingTheirSequence_FoundAndFollowedWithoutAnIdRow()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var ids = new DecisionIds();
        var first = WithMadeId(ids, Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")));
        var other = WithMadeId(ids, Decision(2, "L2", Assignee.ForQueue("pool")));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(other, LiveStateChanges.None, null)]);
        var reroute = WithMadeId(ids, Decision(3, "L1", Assignee.ForRep("rep-b", "Bob"))) with { SupersedesDecisionId = first.DecisionId };
        log.Commit([new DecisionCommit(reroute, LiveStateChanges.None, first)]);

        Assert.Equal("L1", log.Find(first.DecisionId)?.LeadId);
        Assert.Equal(3, log.Find(reroute.DecisionId)?.Sequence);
        Assert.Equal(2, log.Find(other.DecisionId)?.Sequence);
        Assert.Equal([first.DecisionId, reroute.DecisionId], log.History("L1").Select(d => d.DecisionId));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM decision_ids"));
    }

    [Fact]
    public void Find_IdCarryingAnotherRowsSequence_NotTakenForThatRow()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var ids = new DecisionIds();
        var first = WithMadeId(ids, Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")));
        // An id that carries sequence 1 stored at row 2: found at row 2, and row 1 keeps its own id.
        var misplaced = Decision(2, "L2", Assignee.ForQueue("pool")) with { DecisionId = ids.Next(Noon, 1) };
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(misplaced, LiveStateChanges.None, null)]);

        Assert.Equal(2, log.Find(misplaced.DecisionId)?.Sequence);
        Assert.Equal(1, log.Find(first.DecisionId)?.Sequence);
        Assert.Equal(1, Count(db, "SELECT count(*) FROM decision_ids"));
        // An unknown id of the same form, carrying a stored sequence, finds nothing.
        Assert.Null(log.Find(ids.Next(Noon, 1)));
        Assert.Null(log.Find(ids.Next(Noon, 99)));
    }

    [Fact]
    public void Find_IdsOfAnotherForm_FoundThroughTheirRow()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);

        Assert.Equal("L1", log.Find("d1")?.LeadId);
        Assert.Null(log.Find("d2"));
        Assert.Equal(1, Count(db, "SELECT count(*) FROM decision_ids WHERE decision_id = 'd1' AND sequence = 1"));
    }

    [Fact]
    public void Find_QueryPlan_SearchesRowsByNumberAndIdsByKeyOnly()
    {
        using var db = new TempDatabase();
        using (SqliteDecisionLog.Open(db.Options))
        {
        }

        using var connection = SqliteConnections.Open(db.Options);
        SqliteDecisionLog.RegisterFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN SELECT d.sequence FROM decisions d {SqliteDecisionLog.RowOfId}";
        command.Parameters.AddWithValue("$id", "x");
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains("SEARCH d USING INTEGER PRIMARY KEY (rowid=?)", plan);
        Assert.Contains("SEARCH i USING PRIMARY KEY (decision_id=?)", plan);
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_DecisionStoredAtVersion5_KeepsItsIdAndARerouteChainsBackToIt()
    {
        using var db = new TempDatabase();
        // A version 7 id of the earlier form, random where ids now carry the sequence.
        var legacy = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { DecisionId = Guid.CreateVersion7(Noon).ToString("N") };
        using (var connection = SqliteConnections.Open(db.Options))
        {
            Migrations.SchemaMigrator.Migrate(connection, 5);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO decisions (sequence, decision_id, lead_id, idempotency_key, decided_at, rep_id, account_id, decision)
                VALUES (1, $id, 'L1', 'L1', '2026-03-02T12:00:00.0000000Z', 'rep-a', 'acc-1', $json);
                """;
            insert.Parameters.AddWithValue("$id", legacy.DecisionId);
            insert.Parameters.AddWithValue("$json", DecisionJson.Serialize(legacy.Decision));
            insert.ExecuteNonQuery();
        }

        using var log = SqliteDecisionLog.Open(db.Options);
        var stored = log.Find(legacy.DecisionId);
        Assert.Equal(legacy.Decision, stored?.Decision);
        var reroute = Decision(2, "L1", Assignee.ForQueue("pool"), Noon.AddDays(1)) with { SupersedesDecisionId = legacy.DecisionId };
        reroute = reroute with { DecisionId = new DecisionIds().Next(reroute.DecidedAt, reroute.Sequence) };
        log.Commit([new DecisionCommit(reroute, LiveStateChanges.None, stored)]);

        Assert.Equal([legacy.DecisionId, reroute.DecisionId], log.History("L1").Select(d => d.DecisionId));
        using var check = SqliteConnections.Open(db.Options);
        Assert.Empty(StoredRows.Of(check, "SELECT name FROM sqlite_master WHERE tbl_name = 'decisions' AND name LIKE 'sqlite_autoindex%'"));
        Assert.Equal(
            ["decisions_account", "decisions_active_key", "decisions_active_lead"],
            StoredRows.Of(check, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'decisions' ORDER BY name"));
        Assert.Equal([$"{legacy.DecisionId} 1"], StoredRows.Of(check, "SELECT decision_id || ' ' || sequence FROM decision_ids"));
        Assert.Equal(["2026-03-02 " + reroute.DecisionId, "2026-03-03 "], StoredRows.Of(check, "SELECT decided_day || ' ' || coalesce(superseded_by, '') FROM decisions ORDER BY sequence"));
    }

    private static CommittedDecision WithMadeId(DecisionIds ids, CommittedDecision decision) =>
        decision with { DecisionId = ids.Next(decision.DecidedAt, decision.Sequence) };

    private static long Count(TempDatabase db, string sql) => long.Parse(StoredRows.Of(db, sql).Single(), CultureInfo.InvariantCulture);
}
