namespace RoutingRules.Rules.Distribution;

[Name("Distribution.SmallDealPooledRoundRobin")]
[Description("A small deal goes round the territory's eligible junior AEs and SDRs in exact rotation, on a cursor of its own, whatever the territory's strategy (not in a single-owner territory, nor when no junior AE or SDR is eligible); policy assignment.smallDealPooledRoundRobin.")]
[Tag("distribution")]
[Priority(RuleBands.SmallDealPool)]
public sealed class SmallDealPooledRoundRobinRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        SeniorityRequirement requirement = null!;
        IEnumerable<EligibleCandidate> pool = null!;

        // The requirement that applies (the lowest rank) narrowed the candidates to its profile; set
        // aside (no eligible member meets it), it leaves the pool empty and the strategy decides.
        When()
            .Match<RoutingPolicy>(p => p.Assignment.SmallDealPooledRoundRobin)
            .Match(() => territory, t => t.Territory.Strategy != DistributionStrategy.Single)
            .Match(() => requirement, r => r.IsSmallDeal)
            .Not<SeniorityRequirement>(o => o.Rank < requirement.Rank)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => pool, q => q.Match<EligibleCandidate>(e => requirement.IsMetBy(e.Profile)).Collect())
            .Having(() => pool.Any());

        Then()
            .Yield(ctx => RepSelection.SmallDealPool(territory, pool));
    }
}
