namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.HighIntentMqlSla")]
[Description("A high-intent MQL gets its SLA (default respond in 4 h, escalate after 8).")]
[Tag("sla")]
[Priority(RuleBands.Assessment)]
public sealed class HighIntentMqlSlaRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Intent == IntentLevel.High);

        Then()
            .Yield(ctx => SlaAssessment.For(LeadType.HighIntentMql, policy, lead, "high-intent MQL"));
    }
}
