using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Store.Routing;
using static RoutingRules.Store.Tests.Routing.SqliteDecisionLogTests;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>The rule match rates read from the stored traces (DOMAIN.md §7).</summary>
public sealed class RuleUsageTests
{
    [Fact]
    public void RuleUsage_DecisionsInTheWindow_CountsEachRuleOncePerDecision()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        log.Vocabulary(["Rule.A", "Rule.B"]);
        log.Commit([
            Fired(1, Noon.AddDays(-10), "Rule.A", "Rule.B"),
            Fired(2, Noon.AddHours(-3), "Rule.A", "Rule.A", "Rule.C"),
            Fired(3, Noon.AddHours(-2), "Rule.B"),
            Fired(4, Noon.AddHours(-1)),
        ]);

        var usage = log.RuleUsage(Noon.AddDays(-1));

        Assert.Equal(3, usage.Decisions);
        Assert.Equal(new Dictionary<string, int> { ["Rule.A"] = 1, ["Rule.B"] = 1, ["Rule.C"] = 1 }, usage.DecisionsByRule);
        Assert.Equal(1.0 / 3, usage.MatchRate("Rule.A"), 9);
        Assert.Equal(0, usage.MatchRate("Rule.Never"));
    }

    [Fact]
    public void RuleUsage_SupersededDecisions_StillCount()
    {
        // Each routing ran the rules, the one a reroute replaced too.
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);
        var first = Fired(1, Noon.AddHours(-2), "Rule.A");
        log.Commit([first]);
        log.Commit([new DecisionCommit(
            Decision(2, "L1", Assignee.ForRep("rep-b", "Bob"), Noon.AddHours(-1)) with { SupersedesDecisionId = first.Decision.DecisionId, Trace = new RoutingTrace { FiredRules = ["Rule.A"] } },
            LiveStateChanges.None, first.Decision)]);

        var usage = log.RuleUsage(Noon.AddDays(-1));

        Assert.Equal(2, usage.Decisions);
        Assert.Equal(2, usage.DecisionsByRule["Rule.A"]);
    }

    [Fact]
    public void RuleUsage_EmptyLog_NoDecisions()
    {
        using var db = new TempDatabase();
        using var log = SqliteDecisionLog.Open(db.Options);

        var usage = log.RuleUsage(Noon.AddDays(-30));

        Assert.Equal(0, usage.Decisions);
        Assert.Empty(usage.DecisionsByRule);
    }

    private static DecisionCommit Fired(long sequence, DateTimeOffset at, params string[] rules) =>
        new(Decision(sequence, $"L{sequence}", Assignee.ForRep("rep-a", "Ann"), at) with { Trace = new RoutingTrace { FiredRules = rules } }, LiveStateChanges.None, null);
}
