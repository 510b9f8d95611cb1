namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.LowIntentStrongFit")]
[Description("Intent x fit table: low intent but strong fit: nurture with monitoring.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class LowIntentStrongFitRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.Intent == IntentLevel.Low && l.Fit == FitLevel.Strong);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(Treatment.NurtureWithMonitoring, lead));
    }
}
