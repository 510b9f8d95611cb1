namespace RoutingRules.Rules.Accounts;

[Name("Accounts.PartnerManager")]
[Description("A partner-managed account goes to its partner manager.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class PartnerManagerRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile manager = null!;

        When()
            .Match(() => account, a => a.Account.PartnerManagerId != null)
            .Match(() => manager, r => r.Id == account.Account.PartnerManagerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.Partner, ClaimRank.Partner, manager, account, $"{account.Account.Name} is partner-managed", 0)));
    }
}
