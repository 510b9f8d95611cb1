namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.HighIntentStrongFit")]
[Description("Intent x fit table: high intent and strong fit: senior AE, immediate response.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class HighIntentStrongFitRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.Intent == IntentLevel.High && l.Fit == FitLevel.Strong);

        Then()
            .Yield(ctx => TreatmentAssessment.FromTable(Treatment.SeniorAeImmediate, lead));
    }
}
