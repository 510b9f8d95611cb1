namespace RoutingRules.Rules.Accounts;

[Name("Accounts.StrategicAccount")]
[Description("Level 1: a strategic customer account goes to its strategic account owner.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class StrategicAccountRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile owner = null!;

        When()
            .Match(() => account, a => a.Account.Strategic && a.Account.StrategicOwnerId != null)
            .Match(() => owner, r => r.Id == account.Account.StrategicOwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.Strategic, ClaimRank.Strategic, owner, account, $"strategic account {account.Account.Name}", 0)));
    }
}
