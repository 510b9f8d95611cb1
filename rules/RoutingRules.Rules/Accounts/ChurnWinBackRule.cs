namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ChurnWinBack")]
[Description("An account churned less than the win-back window ago (default 6 months, by calendar date) goes to its former owner.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ChurnWinBackRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        OwningAccount account = null!;
        RepProfile owner = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => account, a => a.IsChurned && a.ChurnedWithin(lead.Now, policy.Accounts.ChurnWinBackMonths))
            .Match(() => owner, r => r.Id == account.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.ChurnWinBack, ClaimRank.ChurnedCustomer, owner, account,
                $"{account.Account.Name} churned {account.MonthsSinceChurn(lead.Now)} month(s) ago: win-back by the former owner", 0)));
    }
}
