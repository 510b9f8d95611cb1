namespace RoutingRules.Rules.Distribution;

[Name("Distribution.Weighted")]
[Description("Weighted territory: allocation proportional to performance weight (top performers e.g. 2x), reduced under the quota threshold.")]
[Tag("distribution")]
[Priority(RuleBands.Distribution)]
public sealed class WeightedRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        IEnumerable<EligibleCandidate> eligible = null!;
        IEnumerable<WeightAdjustment> adjustments = null!;

        When()
            .Match(() => territory, t => t.Territory.Strategy == DistributionStrategy.Weighted)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any())
            .Query(() => adjustments, q => q.Match<WeightAdjustment>().Collect());

        Then()
            .Yield(ctx => RepSelection.Weighted(eligible, adjustments));
    }
}
