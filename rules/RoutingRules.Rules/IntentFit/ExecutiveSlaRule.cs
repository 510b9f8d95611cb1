namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.ExecutiveSla")]
[Description("Executive contacts (C-level, VP) get the demo-request SLA (configurable lead type).")]
[Tag("sla")]
[Priority(RuleBands.Assessment)]
public sealed class ExecutiveSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.IsExecutive);

        Then()
            .Yield(ctx => SlaAssessment.For(policy.Sla.ExecutiveLeadType, policy, lead, "executive contact"));
    }
}
