namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ProspectOwner")]
[Description("With accounts.prospectOwnerRoutes on, a prospect account's owner takes its leads (after an open opportunity, before an earlier closed-lost lead's owner): the rep who works a known company gets its new contacts. Off by default.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ProspectOwnerRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile owner = null!;

        // A created account has its own rule; a competitor goes to its queue whoever owns it.
        When()
            .Match<RoutingPolicy>(p => p.Accounts.ProspectOwnerRoutes)
            .Match(() => account, a => a.Account.Status == AccountStatus.Prospect && !a.Account.AutoCreated && !a.Account.Competitor && a.Account.OwnerId != null)
            .Match(() => owner, r => r.Id == account.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.AccountOwner, ClaimRank.ProspectOwner, owner, account,
                $"prospect {account.Account.Name}: the account owner", 0)));
    }
}
