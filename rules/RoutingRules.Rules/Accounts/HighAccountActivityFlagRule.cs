namespace RoutingRules.Rules.Accounts;

[Name("Accounts.HighAccountActivityFlag")]
[Description("Several leads of one account within the activity window (default 3 in 2 hours) flag the decision 'high account activity', whichever level takes the lead.")]
[Tag("accounts")]
[Priority(RuleBands.Flags)]
public sealed class HighAccountActivityFlagRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;
        AccountActivity activity = null!;

        // Not part of the burst's claim: an owner, a named or strategic account outranks that claim,
        // and the burst is still worth telling (DOMAIN.md §2), as are bursts that all went to a queue.
        When()
            .Match(() => policy)
            .Match(() => account)
            .Match(() => activity, a => a.AccountId == account.Id && a.IsBurst(policy.Accounts));

        Then()
            .Yield(ctx => Flag(policy, account, activity));
    }

    private static DecisionFlag Flag(RoutingPolicy policy, OwningAccount account, AccountActivity activity) =>
        new(RoutingFlags.HighAccountActivity, activity.InWords(account.Account.Name, policy.Accounts.HighActivityWindow));
}
