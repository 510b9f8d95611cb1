namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AutoCreatedAccountFollowUp")]
[Description("A later lead of an account routing created (after repeated leads of its domain) goes to that account's owner, the first rep who received a lead of its domain; an account created without an owner goes by territory.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class AutoCreatedAccountFollowUpRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile owner = null!;

        // A created account is neither a customer nor a named account, so no ownership level takes
        // its leads; without this rule they would fall to the territory, against DOMAIN.md section 3.
        When()
            .Match(() => account, a => a.Account.AutoCreated && a.Account.OwnerId != null)
            .Match(() => owner, r => r.Id == account.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.PreviousOwner, ClaimRank.AutoCreatedAccount, owner, account,
                $"account {account.Account.Name} was created from repeated leads of its domain, owned by the first rep who received one of them", 0)));
    }
}
