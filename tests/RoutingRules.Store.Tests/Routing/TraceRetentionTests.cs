using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>Removing the traces of old decisions: the decisions stay, the rule usage says what it still covers.</summary>
public sealed class TraceRetentionTests
{
    [Fact]
    public void RemoveTraces_DecisionsBeforeTheCutoff_LoseTheirTracesButStay()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Vocabulary(["Rule.A"]);
        log.Commit([Fired(1, Noon.AddDays(-10)), Fired(2, Noon.AddDays(-9)), Fired(3, Noon.AddHours(-1))]);

        var removed = log.RemoveTraces(Noon.AddDays(-2), max: 500);

        Assert.Equal(2, removed);
        var old = log.Find("d1");
        Assert.NotNull(old);
        Assert.Equal("rep-a", old.Decision.Assignee.RepId);
        Assert.Empty(old.Trace.FiredRules);
        Assert.Null(old.Trace.Details);
        Assert.Equal(["Rule.A"], log.Find("d3")!.Trace.FiredRules);
        Assert.Equal(3, log.Load(Noon.AddDays(-30)).ActiveDecisions.Count);
        Assert.Equal(0, log.RemoveTraces(Noon.AddDays(-2), max: 500));
    }

    [Fact]
    public void RemoveTraces_MoreThanOneChunk_RemovesTheOldestFirstAndAtMostMaxPerCall()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Vocabulary(["Rule.A"]);
        log.Commit([.. Enumerable.Range(1, 5).Select(i => Fired(i, Noon.AddDays(-10 + i))), Fired(6, Noon)]);

        var removed = new[] { log.RemoveTraces(Noon.AddHours(-1), 2), log.RemoveTraces(Noon.AddHours(-1), 2) };

        Assert.Equal([2, 2], removed);
        Assert.Empty(log.Find("d4")!.Trace.FiredRules);
        Assert.Equal(["Rule.A"], log.Find("d5")!.Trace.FiredRules);
        Assert.Equal(1, log.RemoveTraces(Noon.AddHours(-1), 2));
        Assert.Equal(0, log.RemoveTraces(Noon.AddHours(-1), 2));
        Assert.Equal(["Rule.A"], log.Find("d6")!.Trace.FiredRules);
    }

    [Fact]
    public void RuleUsage_WindowReachingRemovedTraces_StartsAfterThemAndCountsOnlyTracedDecisions()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Vocabulary(["Rule.A"]);
        log.Commit([Fired(1, Noon.AddDays(-10)), Fired(2, Noon.AddDays(-5)), Fired(3, Noon.AddDays(-1)), Fired(4, Noon.AddHours(-1))]);
        log.RemoveTraces(Noon.AddDays(-3), 500);

        var usage = log.RuleUsage(Noon.AddDays(-30));

        Assert.Equal(Noon.AddDays(-5), usage.Since);
        Assert.Equal(2, usage.Decisions);
        Assert.Equal(1.0, usage.MatchRate("Rule.A"));
        Assert.Equal(Noon.AddDays(-2), log.RuleUsage(Noon.AddDays(-2)).Since);
    }

    [Fact]
    public void RemoveTraces_NoTraces_RemovesNothing()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);

        Assert.Equal(0, log.RemoveTraces(Noon, 500));
        Assert.Throws<ArgumentOutOfRangeException>(() => log.RemoveTraces(Noon, 0));
    }

    private static DecisionCommit Fired(long sequence, DateTimeOffset at) =>
        new(Decision(sequence, $"L{sequence}", Assignee.ForRep("rep-a", "Ann"), at) with { Trace = new RoutingTrace { FiredRules = ["Rule.A"] } }, LiveStateChanges.None, null);
}
