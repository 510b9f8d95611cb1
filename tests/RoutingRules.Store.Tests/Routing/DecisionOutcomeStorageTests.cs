using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>Outcomes in the decision log: stored with a group commit, a later one replacing it, read back by every query.</summary>
public sealed class DecisionOutcomeStorageTests
{
    private static readonly RecordedOutcome Converted = new(LeadOutcome.Converted, Noon.AddDays(3), Noon.AddDays(4));

    [Fact]
    public void Commit_OutcomeThenReopen_EveryReadGivesTheDecisionWithIt()
    {
        using var db = new TempDatabase();
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
            log.Commit([], [], [new DecisionOutcome(1, decision.DecisionId, Converted)]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);

        Assert.Equal(Converted, Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).Outcome);
        Assert.Equal(Converted, reopened.Find(decision.DecisionId)!.Outcome);
        Assert.Equal(Converted, Assert.Single(reopened.History("L1")).Outcome);
        Assert.Equal(Converted, reopened.InForceForLead("L1")!.Outcome);
        Assert.Equal(Converted, reopened.InForceForKey("L1")!.Outcome);
        Assert.Equal(Converted, Assert.Single(reopened.InForceDecidedBetween(Noon.AddDays(-1), Noon.AddDays(1))).Outcome);
        Assert.Equal([$"1|1|{StoredTime.Instant(Noon.AddDays(3))}|{StoredTime.Instant(Noon.AddDays(4))}"],
            StoredRows.Of(db, "SELECT sequence || '|' || outcome || '|' || outcome_at || '|' || recorded_at FROM decision_outcomes"));
    }

    [Fact]
    public void Commit_DecisionItsAcknowledgementAndItsOutcomeInOneBatch_AllStored()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));

        log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)], [new DecisionAcknowledgement(1, decision.DecisionId, Noon)], [new DecisionOutcome(1, decision.DecisionId, Converted)]);

        var loaded = Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions);
        Assert.Equal((Noon, Converted), (loaded.AcknowledgedAt!.Value, loaded.Outcome));
    }

    [Fact]
    public void Commit_AnotherOutcomeOfTheDecision_ReplacesTheRow()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        var lost = new RecordedOutcome(LeadOutcome.ClosedLost, Noon.AddDays(1), Noon.AddDays(1));
        var reopened = new RecordedOutcome(LeadOutcome.Open, Noon.AddDays(6), Noon.AddDays(6));
        log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)], [], [new DecisionOutcome(1, decision.DecisionId, lost)]);

        log.Commit([], [], [new DecisionOutcome(1, decision.DecisionId, Converted), new DecisionOutcome(1, decision.DecisionId, reopened)]);

        Assert.Equal(reopened, log.Find(decision.DecisionId)!.Outcome);
        Assert.Equal(["1"], StoredRows.Of(db, "SELECT count(*) FROM decision_outcomes"));
    }

    [Fact]
    public void Load_RerouteOfADecisionWithAnOutcome_NewDecisionWithoutOneAndTheOldKeepsIt()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null)], [], [new DecisionOutcome(1, first.DecisionId, Converted)]);
        var second = Decision(2, "L1", Assignee.ForRep("rep-b", "Bob"), Noon.AddDays(5)) with { SupersedesDecisionId = first.DecisionId };

        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first with { Outcome = Converted })]);

        var active = Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions);
        Assert.Equal(second.DecisionId, active.DecisionId);
        Assert.Null(active.Outcome);
        Assert.Equal([Converted, null], log.History("L1").Select(d => d.Outcome));
    }

    /// <summary>An outcome is a change, like an acknowledgement: the live state's dormancy test sees when it was recorded.</summary>
    [Fact]
    public void Load_WithDormancyTest_GivesItTheOutcomesRecordingTime()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Commit([
            new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null),
            new DecisionCommit(Decision(2, "L2", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null),
        ], [], [new DecisionOutcome(1, "d1", Converted)]);
        var seen = new List<DormancyFacts>();

        log.Load(Noon.AddDays(-1), facts =>
        {
            seen.Add(facts);
            return false;
        });

        Assert.Equal([Noon.AddDays(4), (DateTimeOffset?)null], seen.Select(f => f.OutcomeRecordedAt));
    }

    [Fact]
    public void Open_DatabaseFromBeforeOutcomes_AddsTheTableAndDecisionsHaveNone()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)]);
        }

        using (var connection = Store.SqliteConnections.Open(db.Options))
        {
            Store.SqliteConnections.Execute(connection, "DROP TABLE decision_outcomes; DELETE FROM schema_version WHERE version = 12;");
        }

        using var upgraded = SqliteDecisionLog.Open(db.Options);

        Assert.Null(Assert.Single(upgraded.Load(Noon.AddDays(-1)).ActiveDecisions).Outcome);
        upgraded.Commit([], [], [new DecisionOutcome(1, "d1", Converted)]);
        Assert.Equal(Converted, upgraded.Find("d1")!.Outcome);
    }
}
