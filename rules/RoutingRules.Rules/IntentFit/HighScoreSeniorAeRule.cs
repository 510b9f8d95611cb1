namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.HighScoreSeniorAe")]
[Description("Lead scores above the high band (default 80) go to a senior AE.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class HighScoreSeniorAeRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.Score > policy.Assignment.HighLeadScore);

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.SeniorAe, SeniorityRequirement.LeadScoreRank, $"score {lead.Lead.Score} above {policy.Assignment.HighLeadScore}", policy.Assignment.HighLeadScore));
    }
}
