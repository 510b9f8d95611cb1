namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.ContentDownloadSla")]
[Description("A content download gets the content SLA (default 5 business days, escalate after 10).")]
[Tag("sla")]
[Priority(RuleBands.Assessment)]
public sealed class ContentDownloadSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.HasSignal(IntentSignal.ContentDownload) || l.HasSignal(IntentSignal.NewsletterSignup));

        Then()
            .Yield(ctx => SlaAssessment.For(LeadType.ContentDownload, policy, lead, "content download"));
    }
}
