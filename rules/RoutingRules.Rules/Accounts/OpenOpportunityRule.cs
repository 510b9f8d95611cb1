namespace RoutingRules.Rules.Accounts;

[Name("Accounts.OpenOpportunity")]
[Description("Level 4: an account with an open opportunity goes to the opportunity owner (the largest opportunity first).")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class OpenOpportunityRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        Opportunity opportunity = null!;
        RepProfile owner = null!;

        When()
            .Match(() => account)
            .Match(() => opportunity, o => o.AccountId == account.Id && o.Status == OpportunityStatus.Open)
            .Match(() => owner, r => r.Id == opportunity.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.OpenOpportunity, ClaimRank.OpenOpportunity, owner, account,
                $"open opportunity {opportunity.Id} on {account.Account.Name}", -(long)(opportunity.Amount ?? 0))));
    }
}
