namespace RoutingRules.Rules.Accounts;

[Name("Accounts.PartnerManager")]
[Description("An account its partner sourced (the default for an account with a partner manager) goes to its partner manager, every lead of it.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class PartnerManagerRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile manager = null!;

        When()
            .Match(() => account, a => a.IsPartnerSourced)
            .Match(() => manager, r => r.Id == account.Account.PartnerManagerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.Partner, ClaimRank.Partner, manager, account, $"{account.Account.Name} was sourced by its partner", 0)));
    }
}
