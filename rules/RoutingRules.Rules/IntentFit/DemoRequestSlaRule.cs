namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.DemoRequestSla")]
[Description("An inbound demo request gets the demo-request SLA (default respond in 15 min, escalate after 30).")]
[Tag("sla")]
[Priority(RuleBands.Assessment)]
public sealed class DemoRequestSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.HasSignal(IntentSignal.DemoRequest));

        Then()
            .Yield(ctx => SlaAssessment.For(LeadType.DemoRequest, policy, lead, "inbound demo request"));
    }
}
