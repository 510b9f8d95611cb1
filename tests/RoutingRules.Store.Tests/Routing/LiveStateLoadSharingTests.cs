using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// The decisions in force, loaded once and held for the server's life, share the values they have
/// in common instead of one copy per row; what they hold is unchanged.
/// </summary>
public sealed class LiveStateLoadSharingTests
{
    [Fact]
    public void Load_DecisionsOfOneRepTerritoryAndVersion_ShareTheirTextsAndAssignee()
    {
        using var db = new TempDatabase();
        using (var log = SqliteDecisionLog.Open(db.Options))
        {
            log.Commit(new[] { 1, 2, 3 }.Select(i => new DecisionCommit(Decision(i, $"L{i}", Assignee.ForRep("rep-a", "Ann")), LiveStateChanges.None, null)).ToList());
        }

        using var reopened = SqliteDecisionLog.Open(db.Options);
        var loaded = reopened.Load(Noon.AddDays(-1));
        var (first, second) = (loaded.ActiveDecisions[0], loaded.ActiveDecisions[1]);

        Assert.Equal(3, loaded.ActiveDecisions.Count);
        Assert.Same(first.Decision.RuleSetVersion, second.Decision.RuleSetVersion);
        Assert.Same(first.Decision.Reason, second.Decision.Reason);
        Assert.Same(first.Decision.TerritoryId, second.Decision.TerritoryId);
        Assert.Same(first.Decision.AccountId, second.Decision.AccountId);
        Assert.Same(first.Decision.Assignee, second.Decision.Assignee);
        Assert.Same(first.LeadId, first.IdempotencyKey);
        Assert.Same(first.Trace, second.Trace);
        // The recent decisions the same load reads share them too.
        Assert.Same(first.Decision.Assignee, loaded.RecentDecisions[2].Decision.Assignee);
    }

    [Fact]
    public void Load_SharedValues_ReadTheSameAsEachRowAlone()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var stored = new[]
        {
            Decision(1, "L1", Assignee.ForRep("rep-a", "Ann")),
            Decision(2, "L2", Assignee.ForQueue("default-pool")) with { IdempotencyKey = "K2" },
            Decision(3, "L3", Assignee.ForRep("rep-b", "Bob")),
        };
        log.Commit(stored.Select(d => new DecisionCommit(d, LiveStateChanges.None, null)).ToList());

        var loaded = log.Load(Noon.AddDays(-1)).ActiveDecisions;

        Assert.Equal(stored.Select(d => d.Decision with { }), loaded.Select(d => d.Decision with { }));
        Assert.Equal(stored.Select(d => d.IdempotencyKey), loaded.Select(d => d.IdempotencyKey));
        Assert.Equal(stored.Select(d => log.Find(d.DecisionId)!.Decision), loaded.Select(d => d.Decision));
    }
}
