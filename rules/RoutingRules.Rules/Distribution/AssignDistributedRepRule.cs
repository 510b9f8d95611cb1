namespace RoutingRules.Rules.Distribution;

[Name("Distribution.AssignChosenRep")]
[Description("Level 6: with no account-based owner, the rep the territory's distribution picked gets the lead.")]
[Tag("distribution")]
[Priority(RuleBands.DistributionDecision)]
public sealed class AssignDistributedRepRule : Rule
{
    public override void Define()
    {
        DistributionChoice choice = null!;

        When()
            .Match(() => choice)
            .Not<Assignment>();

        Then()
            .Do(ctx => ctx.Insert(Assignment.FromDistribution(choice, null)));
    }
}
