namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.LowScoreSdrFirst")]
[Description("Lead scores below the low band (default 50) go to an SDR first.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class LowScoreSdrFirstRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.Score < policy.Assignment.LowLeadScore);

        Then()
            .Yield(ctx => new SeniorityRequirement(RequiredProfile.Sdr, SeniorityRequirement.LeadScoreRank, $"score {lead.Lead.Score} below {policy.Assignment.LowLeadScore}", policy.Assignment.LowLeadScore));
    }
}
