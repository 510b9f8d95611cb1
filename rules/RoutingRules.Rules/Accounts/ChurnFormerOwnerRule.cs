namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ChurnFormerOwner")]
[Description("An account churned between the two windows (6 to 12 months ago by calendar date, both included) goes to its former owner if still employed, else to the territory.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ChurnFormerOwnerRule : Rule
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
            .Match(() => account, a => a.IsChurned
                && !a.ChurnedWithin(lead.Now, policy.Accounts.ChurnWinBackMonths)
                && !a.ChurnedMoreThan(lead.Now, policy.Accounts.ChurnTreatAsNewMonths))
            .Match(() => owner, r => r.Id == account.Account.OwnerId && !r.Rep.Departed);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.ChurnWinBack, ClaimRank.ChurnedCustomer, owner, account,
                $"{account.Account.Name} churned {account.MonthsSinceChurn(lead.Now)} months ago; former owner still employed", 0)));
    }
}
