namespace RoutingRules.Rules.Accounts;

[Name("Accounts.NamedAccount")]
[Description("Level 2: a named (target list) account, customer or not, goes to its designated owner.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class NamedAccountRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile owner = null!;

        When()
            .Match(() => account, a => a.Account.NamedAccountOwnerId != null)
            .Match(() => owner, r => r.Id == account.Account.NamedAccountOwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.NamedAccount, ClaimRank.NamedAccount, owner, account, $"named account {account.Account.Name}", 0)));
    }
}
