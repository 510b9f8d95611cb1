namespace RoutingRules.Rules.Matching;

[Name("Matching.SubsidiaryToParent")]
[Description("A lead of a subsidiary goes to its parent account's owners when the policy says so (not a competitor's subsidiary).")]
[Tag("matching")]
[Priority(RuleBands.Ownership)]
public sealed class SubsidiaryToParentRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadAccount account = null!;

        When()
            .Match(() => policy)
            .Match(() => account, a => a.RoutesToParent(policy.Accounts));

        Then()
            .Yield(ctx => OwningAccount.ParentOf(account));
    }
}
