namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.EventLeadSla")]
[Description("An event lead gets the event SLA (default respond in 24-48 h, escalate after 72).")]
[Tag("sla")]
[Priority(RuleBands.Assessment)]
public sealed class EventLeadSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.Source == LeadSource.Event || l.HasSignal(IntentSignal.EventBadgeScan));

        Then()
            .Yield(ctx => SlaAssessment.For(LeadType.Event, policy, lead, "event lead"));
    }
}
