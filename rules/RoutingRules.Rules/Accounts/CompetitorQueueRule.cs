namespace RoutingRules.Rules.Accounts;

[Name("Accounts.CompetitorQueue")]
[Description("A competitor's lead goes to the competitive-intelligence queue, never to a rep.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class CompetitorQueueRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OwningAccount account = null!;

        When()
            .Match(() => policy)
            .Match(() => account, a => a.Account.Competitor);

        Then()
            .Do(ctx => ctx.Insert(OwnerClaim.ForQueue(RoutingLevel.Competitor, ClaimRank.Competitor, policy.Queues.CompetitorQueue, account, "the account is a competitor")));
    }
}
