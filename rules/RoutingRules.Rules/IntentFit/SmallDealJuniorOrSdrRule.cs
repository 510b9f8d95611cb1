namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.SmallDealJuniorOrSdr")]
[Description("Deals below the small-deal threshold (default 10 000 EUR) go to a junior AE or an SDR.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class SmallDealJuniorOrSdrRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => policy.Assignment.IsSmallDeal(l.Lead.EstimatedDealValue));

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.JuniorAeOrSdr, SeniorityRequirement.DealSizeRank, $"deal {lead.Lead.EstimatedDealValue} below {policy.Assignment.SmallDealMax}", policy.Assignment.SmallDealMax));
    }
}
