namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AccountManagerHandOff")]
[Description("Level 3: a customer whose contract value is above the hand-off threshold (default 50 000 EUR) goes to its account manager.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class AccountManagerHandOffRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        OwningAccount account = null!;
        RepProfile manager = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => !l.Lead.NewProductRequest)
            .Match(() => account, a => a.IsCustomer && a.Account.ContractValue > policy.Accounts.AmHandOffContractValue)
            .Match(() => manager, r => r.Id == account.Account.AccountManagerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.AccountManager, ClaimRank.Customer, manager, account,
                $"customer {account.Account.Name} with contract value {account.Account.ContractValue} above {policy.Accounts.AmHandOffContractValue}", 0)));
    }
}
