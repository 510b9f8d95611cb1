namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AutoCreatedAccountOwner")]
[Description("A lead that created an account goes to the new account's owner (the first rep who received a lead of its domain).")]
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
                created.Reason, RoutingFlags.None, created.Account.Id)));
    }
}
