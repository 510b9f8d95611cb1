namespace RoutingRules.Rules.Distribution;

[Name("Distribution.RoundRobin")]
[Description("Round-robin territory: exact rotation from the persisted cursor, skipping excluded members; the new cursor is committed.")]
[Tag("distribution")]
[Priority(RuleBands.Distribution)]
public sealed class RoundRobinRule : Rule
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
            .Match(() => territory, t => t.Territory.Strategy == DistributionStrategy.RoundRobin)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any());

        Then()
            .Yield(ctx => RepSelection.RoundRobin(territory, eligible));
    }
}
