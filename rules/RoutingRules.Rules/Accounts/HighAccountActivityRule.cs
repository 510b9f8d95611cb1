namespace RoutingRules.Rules.Accounts;

[Name("Accounts.HighAccountActivity")]
[Description("Several leads of one account within the activity window (default 3 in 2 hours) all go to the rep of the latest one.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class HighAccountActivityRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;
        AccountActivity activity = null!;
        RepProfile rep = null!;

        When()
            .Match(() => policy)
            .Match(() => account)
            .Match(() => activity, a => a.AccountId == account.Id && a.LatestRepId != null && a.IsBurst(policy.Accounts))
            .Match(() => rep, r => r.Id == activity.LatestRepId);

        Then()
            .Do(ctx => ctx.Insert(Claim(policy, account, activity, rep)));
    }

    // Unflagged: Accounts.HighAccountActivityFlag flags the burst whichever claim wins.
    private static OwnerClaim Claim(RoutingPolicy policy, OwningAccount account, AccountActivity activity, RepProfile rep) =>
        OwnerClaim.ForRep(RoutingLevel.PreviousOwner, ClaimRank.HighActivity, rep, account,
            $"{activity.InWords(account.Account.Name, policy.Accounts.HighActivityWindow)}: same rep as lead {activity.LatestLeadId}", 0);
}
