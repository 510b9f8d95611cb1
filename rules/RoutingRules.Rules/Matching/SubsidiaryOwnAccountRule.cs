namespace RoutingRules.Rules.Matching;

[Name("Matching.SubsidiaryOwnAccount")]
[Description("A subsidiary routed to its parent whose parent gives no owner for the lead falls back to the subsidiary's own owners, opportunities and history.")]
[Tag("matching")]
[Priority(RuleBands.SubsidiaryFallback)]
public sealed class SubsidiaryOwnAccountRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadAccount account = null!;

        When()
            .Match(() => policy)
            .Match(() => account, a => a.RoutesToParent(policy.Accounts))
            .Not<OwnerClaim>();

        // Inserted, not yielded: the claims it lets the subsidiary make end the "no claim" match,
        // and a linked fact would be taken back with it.
        Then()
            .Do(ctx => ctx.Insert(OwningAccount.Direct(account)));
    }
}
