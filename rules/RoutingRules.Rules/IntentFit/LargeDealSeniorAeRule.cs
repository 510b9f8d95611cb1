namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.LargeDealSeniorAe")]
[Description("Deals above the large-deal threshold (default 50 000 EUR) go to a senior AE.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class LargeDealSeniorAeRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.EstimatedDealValue > policy.Assignment.LargeDealMin);

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.SeniorAe, SeniorityRequirement.DealSizeRank, $"deal {lead.Lead.EstimatedDealValue} above {policy.Assignment.LargeDealMin}", policy.Assignment.LargeDealMin));
    }
}
