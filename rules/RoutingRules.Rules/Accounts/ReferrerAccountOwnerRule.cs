namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ReferrerAccountOwner")]
[Description("A referral lead goes to the owner of the referrer's account when there is one.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ReferrerAccountOwnerRule : Rule
{
    public override void Define()
    {
        ReferrerAccount referrer = null!;
        RepProfile owner = null!;

        When()
            .Match<LeadProfile>(l => l.Lead.Source == LeadSource.Referral)
            .Match(() => referrer, r => r.Account.OwnerId != null)
            .Match(() => owner, r => r.Id == referrer.Account.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.Referral, ClaimRank.Referral, owner, null,
                $"referred by {referrer.Account.Name}: its account owner", 0)));
    }
}
