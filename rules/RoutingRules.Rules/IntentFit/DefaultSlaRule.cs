namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.DefaultSla")]
[Description("A lead of no recognised type gets the least urgent SLA (content download) so every decision has one.")]
[Tag("sla")]
[Priority(RuleBands.DefaultAssessment)]
public sealed class DefaultSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Not<SlaAssessment>();

        Then()
            .Yield(ctx => SlaAssessment.For(LeadType.ContentDownload, policy, lead, "no specific lead type"));
    }
}
