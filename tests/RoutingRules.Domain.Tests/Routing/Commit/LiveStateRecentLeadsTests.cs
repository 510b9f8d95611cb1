using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>An account's recent leads as the live state keeps them: within its window, counted in place.</summary>
public sealed class LiveStateRecentLeadsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TallyRecentLeads_DecisionsOlderThanTheWindow_DroppedAsLaterOnesArrive()
    {
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(1));
        Apply(live, 1, Start, "rep-a");
        Apply(live, 2, Start.AddMinutes(30), "rep-b");
        Apply(live, 3, Start.AddHours(2), null);

        var tally = new RecentLeadTally();
        live.TallyRecentLeads("acc-1", Start.AddDays(-1), ref tally);

        // The first two fell out of the one-hour window when the third arrived; the third went to a queue.
        Assert.Equal(1, tally.Count);
        Assert.Null(tally.LatestRepId);
    }

    [Fact]
    public void TallyRecentLeads_WithinTheWindow_CountsAllAndTheLatestToARep()
    {
        var live = new LiveState(LiveStateData.Empty, TimeSpan.FromHours(24));
        Apply(live, 1, Start, "rep-a");
        Apply(live, 2, Start.AddMinutes(30), "rep-b");
        Apply(live, 3, Start.AddHours(2), null);

        var tally = new RecentLeadTally();
        live.TallyRecentLeads("acc-1", Start.AddMinutes(10), ref tally);

        Assert.Equal(2, tally.Count);
        Assert.Equal(("L2", "rep-b"), (tally.LatestLeadId, tally.LatestRepId));
    }

    private static void Apply(LiveState live, long sequence, DateTimeOffset at, string? repId)
    {
        var assignee = repId is null ? Assignee.ForQueue("pool") : Assignee.ForRep(repId, repId);
        var decision = new CommittedDecision
        {
            DecisionId = $"d{sequence}", Sequence = sequence, IdempotencyKey = $"L{sequence}", DecidedAt = at,
            Decision = new RoutingDecision
            {
                LeadId = $"L{sequence}", Assignee = assignee, Level = RoutingLevel.Territory, AccountId = "acc-1",
                Treatment = Treatment.SdrQualification, RespondBy = at, EscalateAt = at, Reason = "test", RuleSetVersion = "v",
            },
        };
        live.Apply(new DecisionCommit(decision, LiveStateChanges.None, null));
    }
}
