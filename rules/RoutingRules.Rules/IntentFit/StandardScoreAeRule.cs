namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.StandardScoreAe")]
[Description("Lead scores in the standard band (default 50-80) go to a standard AE.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class StandardScoreAeRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.Score >= policy.Assignment.LowLeadScore && l.Lead.Score <= policy.Assignment.HighLeadScore);

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.StandardAe, SeniorityRequirement.LeadScoreRank, $"score {lead.Lead.Score} in the standard band"));
    }
}
