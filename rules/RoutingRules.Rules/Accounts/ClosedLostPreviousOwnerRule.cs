namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ClosedLostPreviousOwner")]
[Description("Level 5: an earlier lead of the account closed-lost sends the new lead to that lead's owner (the most recent first).")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ClosedLostPreviousOwnerRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        PreviousLead previous = null!;
        RepProfile owner = null!;

        When()
            .Match(() => account)
            .Match(() => previous, p => p.AccountId == account.Id && p.Outcome == LeadOutcome.ClosedLost)
            .Match(() => owner, r => r.Id == previous.OwnerId);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForRep(RoutingLevel.PreviousOwner, ClaimRank.PreviousOwner, owner, account,
                $"previous lead {previous.Id} of {account.Account.Name} was closed-lost", -previous.ReceivedAt.UtcTicks)));
    }
}
