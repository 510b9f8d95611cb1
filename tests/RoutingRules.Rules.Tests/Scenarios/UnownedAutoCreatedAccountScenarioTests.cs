using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// DOMAIN.md §3: the third lead of an unknown corporate domain creates its account even when no
/// rep received any of them (no territory covers Japan, so each went to the default pool): the
/// account has no owner, and later leads match it instead of counting as unknown.
/// </summary>
public sealed class UnownedAutoCreatedAccountScenarioTests
{
    private static Lead FromTokyo(string mailbox) => Leads.From(mailbox + "@tokyo-widgets.jp") with { Country = "JP" };

    [Fact]
    public void Route_ThirdLeadOfADomainWhoseLeadsAllWentToAQueue_CreatesAnAccountWithoutOwner()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(FromTokyo("a")).AssignedToQueue("default-pool");
        scenario.RouteAndCommit(FromTokyo("b")).AssignedToQueue("default-pool");

        var third = scenario.Route(FromTokyo("c")).Fired("Matching.AutoCreateAccount")
            .AssignedToQueue("default-pool").Flagged(RoutingFlags.AutoCreatedAccount).DidNotFire("Accounts.AutoCreatedAccountOwner");

        var created = third.Outcome.Changes.CreatedAccount;
        Assert.NotNull(created);
        Assert.Null(created.OwnerId);
        Assert.True(created.AutoCreated);
        Assert.Null(third.Outcome.Changes.SightedDomain);
        third.ForAccount(created.Id);
    }

    [Theory]
    [InlineData(ExplanationAudience.Rep, "en", "A new account was created for tokyo-widgets.jp after repeated leads from this unknown company; it has no owner yet, as none of those leads went to a rep.")]
    [InlineData(ExplanationAudience.Ops, "fr", "Un nouveau compte a été créé pour tokyo-widgets.jp après plusieurs leads de cette entreprise inconnue ; il n'a pas encore de propriétaire, aucun de ces leads n'étant allé à un commercial.")]
    public void Render_AccountCreatedWithoutOwner_SaysItHasNoOwner(ExplanationAudience audience, string locale, string expected)
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(FromTokyo("a"));
        scenario.RouteAndCommit(FromTokyo("b"));
        var third = scenario.Route(FromTokyo("c"));

        var explanation = ExplanationRenderer.Render(third.Decision, third.Trace, audience, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("match.created", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void Route_FirstLeadToAQueueSecondToARep_AccountOwnedByThatRep()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(FromTokyo("a")).AssignedToQueue("default-pool");
        var second = scenario.RouteAndCommit(Leads.InParis("b@tokyo-widgets.jp"));
        var rep = second.Decision.Assignee.RepId!;

        var third = scenario.Route(FromTokyo("c")).Fired("Accounts.AutoCreatedAccountOwner").AssignedTo(rep).Flagged(RoutingFlags.AutoCreatedAccount);

        Assert.Equal(rep, third.Outcome.Changes.CreatedAccount!.OwnerId);
    }

    [Fact]
    public void Route_LaterLeadOfAnAccountCreatedWithoutOwner_MatchesItAndNoLongerCountsAsUnknown()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(FromTokyo("a"));
        scenario.RouteAndCommit(FromTokyo("b"));
        var created = scenario.Route(FromTokyo("c")).Outcome.Changes.CreatedAccount!;
        // The account as the store then holds it.
        var later = RoutingKit.Demo().WithDataset(d => d with { Accounts = [.. d.Accounts, created] });

        var routed = later.Route(FromTokyo("d")).ForAccount(created.Id).Fired("Matching.EmailDomain")
            .AssignedToQueue("default-pool").DidNotFire("Matching.RecordUnknownDomain").DidNotFire("Accounts.AutoCreatedAccountFollowUp")
            .NotFlagged(RoutingFlags.AutoCreatedAccount);

        Assert.Null(routed.Outcome.Changes.SightedDomain);
    }
}
