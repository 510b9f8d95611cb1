namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.MediumIntentWeakFit")]
[Description("Intent x fit table: medium intent and weak fit: marketing nurture.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class MediumIntentWeakFitRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.Intent == IntentLevel.Medium && l.Fit == FitLevel.Weak);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(Treatment.MarketingNurture, lead));
    }
}
