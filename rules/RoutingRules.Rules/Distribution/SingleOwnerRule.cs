namespace RoutingRules.Rules.Distribution;

[Name("Distribution.SingleOwner")]
[Description("Single-owner territory: its (first available) member gets every lead.")]
[Tag("distribution")]
[Priority(RuleBands.Distribution)]
public sealed class SingleOwnerRule : Rule
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
            .Match(() => territory, t => t.Territory.Strategy == DistributionStrategy.Single)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any());

        Then()
            .Yield(ctx => RepSelection.Single(territory, eligible));
    }
}
