namespace RoutingRules.Rules.Accounts;

[Name("Accounts.HighAccountActivity")]
[Description("Several leads of one account within the activity window (default 3 in 2 hours) all go to the rep of the latest one, flagged.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class HighAccountActivityRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;
        IEnumerable<RecentLead> recent = null!;
        RecentLead latest = null!;
        RepProfile rep = null!;

        When()
            .Match(() => policy)
            .Match(() => account)
            .Query(() => recent, q => q.Match<RecentLead>(r => r.AccountId == account.Id).Collect())
            .Having(() => recent.Count() + 1 >= policy.Accounts.HighActivityLeadCount)
            .Match(() => latest, r => r.AccountId == account.Id && r.RepId != null)
            .Not<RecentLead>(r => r.AccountId == account.Id && r.RepId != null && r.At > latest.At)
            .Match(() => rep, r => r.Id == latest.RepId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.PreviousOwner, ClaimRank.HighActivity, rep, account,
                $"{recent.Count() + 1} leads of {account.Account.Name} within {policy.Accounts.HighActivityWindow}: same rep as lead {latest.LeadId}", 0)
                .Flagged(RoutingFlags.HighAccountActivity)));
    }
}
