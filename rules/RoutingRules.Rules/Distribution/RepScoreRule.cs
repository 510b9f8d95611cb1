namespace RoutingRules.Rules.Distribution;

[Name("Distribution.RepScore")]
[Description("Rep-score territory: highest multi-criteria score (geography x10, industry x8, capacity x6, response x5, conversion x7, source x4).")]
[Tag("distribution")]
[Priority(RuleBands.Distribution)]
public sealed class RepScoreRule : Rule
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
            .Match(() => territory, t => t.Territory.Strategy == DistributionStrategy.RepScore)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any());

        Then()
            .Yield(ctx => RepSelection.RepScore(eligible, lead, policy));
    }
}
