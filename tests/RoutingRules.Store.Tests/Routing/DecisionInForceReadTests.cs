using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>Decisions in force read back one at a time or by window, and handed over dormant at load.</summary>
public sealed class DecisionInForceReadTests
{
    [Fact]
    public void InForceForLead_RerouteCommitted_ReadsTheNewDecisionWithItsAcknowledgement()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        var second = Decision(2, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId };
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null)]);
        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first)], [new DecisionAcknowledgement(2, second.DecisionId, Noon.AddMinutes(3))]);

        var read = log.InForceForLead("L1");

        Assert.Equal(second.DecisionId, read?.DecisionId);
        Assert.Equal("rep-b", read?.Decision.Assignee.RepId);
        Assert.Equal(Noon.AddMinutes(3), read?.AcknowledgedAt);
        Assert.Null(log.InForceForLead("L2"));
    }

    [Fact]
    public void InForceForKey_ChosenAndDefaultKeys_FindsEachByItsOwnKeyOnly()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var chosen = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")) with { IdempotencyKey = "order-77" };
        var byDefault = Decision(2, "L2", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(chosen, LiveStateChanges.None, null), new DecisionCommit(byDefault, LiveStateChanges.None, null)]);

        Assert.Equal("L1", log.InForceForKey("order-77")?.LeadId);
        Assert.Equal("L2", log.InForceForKey("L2")?.LeadId);
        // L1's key is order-77: its lead id is no key of a decision in force.
        Assert.Null(log.InForceForKey("L1"));
    }

    [Fact]
    public void InForceDecidedBetween_Window_OnlyDecisionsInForceDecidedInIt()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var old = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"), Noon.AddDays(-40));
        var rerouted = Decision(2, "L2", Assignee.ForRep("rep-a", "Ann"), Noon.AddDays(-35));
        var reroute = Decision(3, "L2", Assignee.ForRep("rep-b", "Bob"), Noon.AddDays(-34)) with { SupersedesDecisionId = rerouted.DecisionId };
        var recent = Decision(4, "L3", Assignee.ForQueue("pool"), Noon.AddDays(-1));
        log.Commit([new DecisionCommit(old, LiveStateChanges.None, null), new DecisionCommit(rerouted, LiveStateChanges.None, null)]);
        log.Commit([new DecisionCommit(reroute, LiveStateChanges.None, rerouted), new DecisionCommit(recent, LiveStateChanges.None, null)]);

        var read = log.InForceDecidedBetween(Noon.AddDays(-36), Noon.AddDays(-30));

        Assert.Equal([reroute.DecisionId], read.Select(d => d.DecisionId));
    }

    [Fact]
    public void Load_WithADormancyTest_HandsDormantDecisionsOverByLeadAndKeyOnly()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var dormant = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"), Noon.AddDays(-40)) with { IdempotencyKey = "order-77" };
        var whole = Decision(2, "L2", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(dormant, LiveStateChanges.None, null), new DecisionCommit(whole, LiveStateChanges.None, null)]);

        var data = log.Load(Noon.AddDays(-1), facts => facts.DecidedAt < Noon.AddDays(-30));

        Assert.Equal(["L2"], data.ActiveDecisions.Select(d => d.LeadId));
        Assert.Equal([new DormantLead("L1", "order-77")], data.DormantLeads);
        Assert.Equal(2, data.LastSequence);
    }

    [Fact]
    public void Load_DormancyFactsReadWithoutDecoding_EqualThoseOfTheDecisionsReadWhole()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decisions = new List<CommittedDecision>();
        for (var i = 1; i <= 40; i++)
        {
            var decision = Decision(i, $"L{i}", Assignee.ForRep($"rep-{i % 3}", "Rep"), Noon.AddDays(-i));
            // Escalation times before and after the decision, with offsets; some acknowledged below.
            decisions.Add(decision with
            {
                Decision = decision.Decision with { EscalateAt = Noon.AddHours(i - 20).ToOffset(TimeSpan.FromMinutes(30 * (i % 5))) },
            });
        }

        log.Commit(decisions.Select(d => new DecisionCommit(d, LiveStateChanges.None, null)).ToList());
        log.Commit([], decisions.Where(d => d.Sequence % 4 == 0).Select(d => new DecisionAcknowledgement(d.Sequence, d.DecisionId, Noon.AddMinutes(d.Sequence))).ToList());
        var expected = log.Load(Noon).ActiveDecisions.Select(DormancyFacts.Of).ToList();
        var seen = new List<DormancyFacts>();

        var data = log.Load(Noon, facts =>
        {
            seen.Add(facts);
            return facts.DecidedAt < Noon.AddDays(-20);
        });

        Assert.Equal(40, expected.Count);
        Assert.Equal(expected, seen);
        Assert.Equal(10, expected.Count(f => f.AcknowledgedAt is not null));
        Assert.Equal(20, data.DormantLeads.Count);
        Assert.Equal(20, data.ActiveDecisions.Count);
    }

    /// <summary>A decision a version-4 build stored as JSON text has no compact start to read: it is decoded to decide.</summary>
    [Fact]
    public void Load_DecisionStoredAsJson_DecodedToDecideWithTheSameFacts()
    {
        using var db = new TempDatabase();
        using (var connection = SqliteConnections.Open(db.Options))
        {
            Migrations.SchemaMigrator.Migrate(connection, 4);
            using var insert = connection.CreateCommand();
            insert.CommandText = StoredRows.InsertJsonDecisionOfL1("order-9");
            insert.ExecuteNonQuery();
        }

        using var log = SqliteDecisionLog.Open(db.Options);
        var seen = new List<DormancyFacts>();

        var data = log.Load(Noon, facts =>
        {
            seen.Add(facts);
            return true;
        });

        var facts = Assert.Single(seen);
        Assert.True(facts.AssignedToRep);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), facts.DecidedAt);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T12:30:00Z", System.Globalization.CultureInfo.InvariantCulture), facts.EscalateAt);
        Assert.Equal([new DormantLead("L1", "order-9")], data.DormantLeads);
        Assert.Empty(data.ActiveDecisions);
    }

    [Fact]
    public void Load_DecisionWaitingInAQueue_NeverAskedAboutAndKeptWhole()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var queued = Decision(1, "L1", Assignee.ForQueue("default-pool"), Noon.AddDays(-400));
        log.Commit([new DecisionCommit(queued, LiveStateChanges.None, null)]);
        var asked = 0;

        var data = log.Load(Noon, _ =>
        {
            asked++;
            return true;
        });

        Assert.Equal(0, asked);
        Assert.Equal(["L1"], data.ActiveDecisions.Select(d => d.LeadId));
        Assert.Empty(data.DormantLeads);
    }
}
