namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AutoCreatedAccountOwner")]
[Description("A lead that created an account goes to the new account's owner (the first lead's owner), flagged.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class AutoCreatedAccountOwnerRule : Rule
{
    public override void Define()
    {
        CreatedAccount created = null!;
        RepProfile owner = null!;

        When()
            .Match(() => created)
            .Match(() => owner, r => r.Id == created.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(new OwnerClaim(RoutingLevel.PreviousOwner, ClaimRank.AutoCreatedAccount, 0, owner, null,
                $"account {created.Account.Name} created after repeated leads of {created.Account.Domains[0]}",
                RoutingFlags.AutoCreatedAccount, created.Account.Id)));
    }
}
