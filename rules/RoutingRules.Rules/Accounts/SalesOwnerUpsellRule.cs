namespace RoutingRules.Rules.Accounts;

[Name("Accounts.SalesOwnerUpsell")]
[Description("Level 3: a customer at or below the hand-off threshold (or without an account manager) goes to its sales owner (upsell).")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class SalesOwnerUpsellRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;
        RepProfile owner = null!;

        When()
            .Match(() => policy)
            .Match(() => account, a => a.IsCustomer && (a.Account.ContractValue == null
                || a.Account.ContractValue <= policy.Accounts.AmHandOffContractValue
                || a.Account.AccountManagerId == null))
            .Match(() => owner, r => r.Id == account.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.CustomerOwner, ClaimRank.Customer, owner, account,
                $"customer {account.Account.Name}: the account owner", 0)));
    }
}
