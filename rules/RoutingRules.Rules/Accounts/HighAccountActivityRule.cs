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
        AccountActivity activity = null!;
        RepProfile rep = null!;

        When()
            .Match(() => policy)
            .Match(() => account)
            .Match(() => activity, a => a.AccountId == account.Id && a.LatestRepId != null
                && a.LeadCount + 1 >= policy.Accounts.HighActivityLeadCount)
            .Match(() => rep, r => r.Id == activity.LatestRepId);

        Then()
            .Do(ctx => ctx.Insert(Claim(policy, account, activity, rep)));
    }

    private static OwnerClaim Claim(RoutingPolicy policy, OwningAccount account, AccountActivity activity, RepProfile rep) =>
        OwnerClaim.ForRep(RoutingLevel.PreviousOwner, ClaimRank.HighActivity, rep, account,
                $"{activity.LeadCount + 1} leads of {account.Account.Name} within {Window(policy.Accounts.HighActivityWindow)}: same rep as lead {activity.LatestLeadId}", 0)
            .Flagged(RoutingFlags.HighAccountActivity);

    // "2 hours", "90 minutes": the reason is read by people, not as a TimeSpan's "02:00:00".
    private static string Window(TimeSpan window) =>
        window.TotalHours >= 1 && window.TotalHours == Math.Floor(window.TotalHours)
            ? $"{window.TotalHours:0} hour{(window.TotalHours == 1 ? string.Empty : "s")}"
            : $"{Math.Ceiling(window.TotalMinutes):0} minutes";
}
