namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.MidDealMidLevelAe")]
[Description("Deals between the small and large thresholds (default 10 000-50 000 EUR) go to a mid-level AE.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class MidDealMidLevelAeRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.EstimatedDealValue >= policy.Assignment.SmallDealMax && l.Lead.EstimatedDealValue <= policy.Assignment.LargeDealMin);

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.MidLevelAe, SeniorityRequirement.DealSizeRank, $"deal {lead.Lead.EstimatedDealValue} in the mid band"));
    }
}
