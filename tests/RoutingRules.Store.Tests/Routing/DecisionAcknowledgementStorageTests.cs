using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>Acknowledgements in the decision log: stored with a group commit, first time kept, read back by every query.</summary>
public sealed class DecisionAcknowledgementStorageTests
{
    [Fact]
    public void Commit_AcknowledgementThenReopen_LoadsTheActiveDecisionAcknowledged()
    {
        using var db = new TempDatabase();
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);
            log.Commit([], [new DecisionAcknowledgement(1, decision.DecisionId, Noon.AddMinutes(5))]);
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);

        Assert.Equal(Noon.AddMinutes(5), Assert.Single(reopened.Load(Noon.AddDays(-1)).ActiveDecisions).AcknowledgedAt);
        Assert.Equal(Noon.AddMinutes(5), reopened.Find(decision.DecisionId)!.AcknowledgedAt);
        Assert.Equal(Noon.AddMinutes(5), Assert.Single(reopened.History("L1")).AcknowledgedAt);
    }

    [Fact]
    public void Commit_DecisionAndItsAcknowledgementInOneBatch_BothStored()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));

        log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)], [new DecisionAcknowledgement(1, decision.DecisionId, Noon)]);

        Assert.Equal(Noon, Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions).AcknowledgedAt);
    }

    [Fact]
    public void Commit_SecondAcknowledgementOfADecision_KeepsTheFirstTime()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)], [new DecisionAcknowledgement(1, decision.DecisionId, Noon)]);

        log.Commit([], [new DecisionAcknowledgement(1, decision.DecisionId, Noon.AddHours(1))]);

        Assert.Equal(Noon, log.Find(decision.DecisionId)!.AcknowledgedAt);
        Assert.Equal(["1"], StoredRows.Of(db, "SELECT count(*) FROM decision_acknowledgements"));
    }

    [Fact]
    public void Load_RerouteOfAnAcknowledgedDecision_NewDecisionUnacknowledged()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null)], [new DecisionAcknowledgement(1, first.DecisionId, Noon)]);
        var second = Decision(2, "L1", Assignee.ForRep("rep-b", "Bob")) with { SupersedesDecisionId = first.DecisionId };

        log.Commit([new DecisionCommit(second, LiveStateChanges.None, first)]);

        var active = Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions);
        Assert.Equal(second.DecisionId, active.DecisionId);
        Assert.Null(active.AcknowledgedAt);
        Assert.Equal([Noon, (DateTimeOffset?)null], log.History("L1").Select(d => d.AcknowledgedAt));
    }

    [Fact]
    public void Commit_UnacknowledgedDecision_ReadsAsUnacknowledged()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var decision = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"));

        log.Commit([new DecisionCommit(decision, LiveStateChanges.None, null)]);

        Assert.Null(Assert.Single(log.Load(Noon.AddDays(-1)).ActiveDecisions).AcknowledgedAt);
        Assert.Empty(StoredRows.Of(db, "SELECT sequence FROM decision_acknowledgements"));
    }

    [Fact]
    public void Open_DatabaseFromBeforeAcknowledgements_DecisionsInForceCountAsAcknowledgedAtTheUpgrade()
    {
        // Nobody could acknowledge them before: the first sweeps must not reassign every old lead.
        using var db = new TempDatabase();
        var first = Decision(1, "L1", Assignee.ForRep("rep-a", "Ann"), Noon.AddDays(-20));
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([new DecisionCommit(first, LiveStateChanges.None, null)]);
            log.Commit([new DecisionCommit(Decision(2, "L1", Assignee.ForRep("rep-b", "Bob"), Noon.AddDays(-19)) with { SupersedesDecisionId = first.DecisionId }, LiveStateChanges.None, first)]);
            log.Commit([new DecisionCommit(Decision(3, "L2", Assignee.ForRep("rep-a", "Ann"), Noon.AddDays(-18)), LiveStateChanges.None, null)]);
        }

        using (var connection = Store.SqliteConnections.Open(db.Options))
        {
            Store.SqliteConnections.Execute(connection, "DROP TABLE decision_acknowledgements; DELETE FROM schema_version WHERE version = 9;");
        }

        var upgradedAfter = DateTimeOffset.UtcNow;
        using var upgraded = SqliteDecisionLog.Open(db.Options);
        var inForce = upgraded.Load(Noon.AddDays(-30)).ActiveDecisions;

        Assert.Equal(["d2", "d3"], inForce.Select(d => d.DecisionId).Order());
        Assert.All(inForce, d => Assert.InRange(d.AcknowledgedAt!.Value, upgradedAfter.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Null(upgraded.History("L1").Single(d => d.DecisionId == "d1").AcknowledgedAt);
    }

    /// <summary>A queue's length counts the leads waiting in it: taken up, a lead leaves it once.</summary>
    [Fact]
    public void Commit_AcknowledgedQueueLead_LeavesTheQueueLengthOnce()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Decision(1, "L1", Assignee.ForQueue("pool"));
        log.Commit([new DecisionCommit(first, LiveStateChanges.None, null), new DecisionCommit(Decision(2, "L2", Assignee.ForQueue("pool")), LiveStateChanges.None, null)]);

        log.Commit([], [new DecisionAcknowledgement(1, "d1", Noon, "pool")]);
        log.Commit([], [new DecisionAcknowledgement(1, "d1", Noon.AddMinutes(1), "pool")]);
        Assert.Equal(["1"], StoredRows.Of(db, "SELECT length FROM queue_lengths WHERE queue_name = 'pool'"));

        // Rerouted to a rep after it was taken up: it left the length already.
        var taken = first with { AcknowledgedAt = Noon };
        log.Commit([new DecisionCommit(Decision(3, "L1", Assignee.ForRep("rep-a", "Ann")) with { SupersedesDecisionId = "d1" }, LiveStateChanges.None, taken)]);

        Assert.Equal(["1"], StoredRows.Of(db, "SELECT length FROM queue_lengths WHERE queue_name = 'pool'"));
        Assert.Equal(1, log.Load(Noon.AddDays(-1)).QueueLengths["pool"]);
    }

    /// <summary>
    /// Version 9 recorded the queue leads in force at its upgrade as acknowledged (taken up) along
    /// with the rep leads; version 10 takes those records back and counts the queues again.
    /// </summary>
    [Fact]
    public void Open_Version9Database_QueueLeadsWaitAgainAndQueuesCountTheWaiting()
    {
        using var db = new TempDatabase();
        var version9At = Noon.AddHours(1);
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit([
                new DecisionCommit(Decision(1, "L1", Assignee.ForQueue("pool")), LiveStateChanges.None, null),
                new DecisionCommit(Decision(2, "L2", Assignee.ForQueue("pool")), LiveStateChanges.None, null),
                new DecisionCommit(Decision(3, "L3", Assignee.ForQueue("pool")), LiveStateChanges.None, null),
                new DecisionCommit(Decision(4, "L4", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null),
            ]);
        }

        using (var connection = Store.SqliteConnections.Open(db.Options))
        {
            // As version 9 left it: d1 and d4 recorded at its upgrade, d2 taken up afterwards, every queue lead counted.
            Store.SqliteConnections.Execute(connection, $"""
                DELETE FROM schema_version WHERE version = 10;
                UPDATE schema_version SET applied_at = '{version9At:O}' WHERE version = 9;
                INSERT INTO decision_acknowledgements (sequence, acknowledged_at) VALUES
                    (1, '{StoredTime.Instant(version9At)}'), (4, '{StoredTime.Instant(version9At)}'), (2, '{StoredTime.Instant(version9At.AddHours(2))}');
                UPDATE queue_lengths SET length = 3 WHERE queue_name = 'pool';
                """);
        }

        using var upgraded = SqliteDecisionLog.Open(db.Options);
        var state = upgraded.Load(Noon.AddDays(-1));

        Assert.Equal(["2", "4"], StoredRows.Of(db, "SELECT sequence FROM decision_acknowledgements ORDER BY sequence"));
        Assert.Equal(2, state.QueueLengths["pool"]);
        Assert.Null(state.ActiveDecisions.Single(d => d.DecisionId == "d1").AcknowledgedAt);
    }
}
