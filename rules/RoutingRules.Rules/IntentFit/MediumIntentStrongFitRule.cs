namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.MediumIntentStrongFit")]
[Description("Intent x fit table: medium intent and strong fit: SDR, accelerated track.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class MediumIntentStrongFitRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.Intent == IntentLevel.Medium && l.Fit == FitLevel.Strong);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(Treatment.SdrAccelerated, lead));
    }
}
