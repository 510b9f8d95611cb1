namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.LowIntentWeakFit")]
[Description("Intent x fit table: low intent and weak fit: marketing nurture, or disqualify (configurable).")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class LowIntentWeakFitRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Intent == IntentLevel.Low && l.Fit == FitLevel.Weak);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(
                policy.Assignment.LowWeakTreatment == LowWeakTreatment.Disqualify ? Treatment.Disqualify : Treatment.MarketingNurture, lead));
    }
}
