namespace RoutingRules.Rules.Distribution;

[Name("Distribution.ReferralTopPerformer")]
[Description("A referral lead with no referrer account owner goes to the territory's top performer, whatever the strategy.")]
[Tag("distribution")]
[Priority(RuleBands.Referral)]
public sealed class ReferralTopPerformerRule : Rule
{
    public override void Define()
    {
        ChosenTerritory territory = null!;
        IEnumerable<EligibleCandidate> eligible = null!;

        When()
            .Match<LeadProfile>(l => l.Lead.Source == LeadSource.Referral)
            .Match(() => territory)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any());

        Then()
            .Yield(ctx => RepSelection.TopPerformer(eligible));
    }
}
