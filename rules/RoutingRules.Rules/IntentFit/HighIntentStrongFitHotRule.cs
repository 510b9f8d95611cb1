namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.HighIntentStrongFitHot")]
[Description("High intent with strong fit calls for an immediate response: the lead is hot.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class HighIntentStrongFitHotRule : Rule
{
    public override void Define()
    {
        When()
            .Match<LeadProfile>(l => l.Intent == IntentLevel.High && l.Fit == FitLevel.Strong);

        Then()
            .Yield(ctx => new HotPriority("high intent, strong fit"));
    }
}
