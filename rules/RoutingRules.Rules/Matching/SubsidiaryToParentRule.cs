namespace RoutingRules.Rules.Matching;

[Name("Matching.SubsidiaryToParent")]
[Description("A lead of a subsidiary goes to its parent account's owners when the policy says so.")]
[Tag("matching")]
[Priority(RuleBands.Ownership)]
public sealed class SubsidiaryToParentRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadAccount account = null!;

        When()
            .Match(() => policy, p => p.Accounts.SubsidiaryRoutesToParent)
            .Match(() => account, a => a.Parent != null);

        Then()
            .Yield(ctx => OwningAccount.ParentOf(account));
    }
}
