namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.ExecutivePriority")]
[Description("Executive contacts (C-level, VP; from the job title when the lead gives no contact level) keep their owner but are hot.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class ExecutivePriorityRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.IsExecutive);

        Then()
            .Yield(ctx => new HotPriority(lead.ContactLevelFromTitle
                ? $"executive contact ({lead.ContactLevel}, from job title)"
                : $"executive contact ({lead.ContactLevel})"));
    }
}
