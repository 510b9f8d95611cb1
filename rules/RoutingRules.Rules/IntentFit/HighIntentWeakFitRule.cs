namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.HighIntentWeakFit")]
[Description("Intent x fit table: high intent but weak fit: SDR qualification first.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class HighIntentWeakFitRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.Intent == IntentLevel.High && l.Fit == FitLevel.Weak);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(Treatment.SdrQualification, lead));
    }
}
