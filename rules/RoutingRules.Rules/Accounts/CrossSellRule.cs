namespace RoutingRules.Rules.Accounts;

[Name("Accounts.CrossSell")]
[Description("Level 3: a large customer asking for a product it does not have goes to sales (the owner), not the account manager.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class CrossSellRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;
        RepProfile owner = null!;

        When()
            .Match(() => policy)
            .Match<LeadProfile>(l => l.Lead.NewProductRequest)
            .Match(() => account, a => a.IsCustomer && a.Account.ContractValue > policy.Accounts.AmHandOffContractValue && a.Account.AccountManagerId != null)
            .Match(() => owner, r => r.Id == account.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.CustomerOwner, ClaimRank.Customer, owner, account,
                $"customer {account.Account.Name} asks for a new product: cross-sell by the sales owner", 0)));
    }
}
