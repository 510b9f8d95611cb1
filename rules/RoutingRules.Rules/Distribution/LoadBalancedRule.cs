namespace RoutingRules.Rules.Distribution;

[Name("Distribution.LoadBalanced")]
[Description("Load-balanced territory: lowest workload score (open x1 + today x2 + overdue x3 + opportunities x0.5, weights from policy).")]
[Tag("distribution")]
[Priority(RuleBands.Distribution)]
public sealed class LoadBalancedRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        ChosenTerritory territory = null!;
        IEnumerable<EligibleCandidate> eligible = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => territory, t => t.Territory.Strategy == DistributionStrategy.LoadBalanced)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any());

        Then()
            .Yield(ctx => RepSelection.LoadBalanced(eligible, policy.Capacity.WorkloadWeights));
    }
}
