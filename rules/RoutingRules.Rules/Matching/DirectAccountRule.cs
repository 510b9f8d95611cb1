namespace RoutingRules.Rules.Matching;

[Name("Matching.DirectAccount")]
[Description("The lead's account owns the lead unless it is a subsidiary routed to its parent.")]
[Tag("matching")]
[Priority(RuleBands.Ownership)]
public sealed class DirectAccountRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadAccount account = null!;

        When()
            .Match(() => policy)
            .Match(() => account, a => !a.RoutesToParent(policy.Accounts));

        Then()
            .Yield(ctx => OwningAccount.Direct(account));
    }
}
