using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// High account activity (DOMAIN.md §2) from routing's own recent decisions: a burst of leads of
/// one account goes to the rep of the latest, and however long the burst, a route reads one
/// summary of it (an <c>AccountActivity</c> fact), so neither its work nor its trace grows with
/// the number of earlier leads.
/// </summary>
public sealed class AccountActivityScenarioTests
{
    [Fact]
    public void Route_ThirdLeadOfAnAccountRoutedMinutesApart_ClaimsTheRepOfTheLatest()
    {
        // Hooli France is a customer: its owner's level outranks the burst, whose claim is still made.
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.InParis("alice@hooli.fr"));
        var second = scenario.RouteAndCommit(Leads.InParis("bob@hooli.fr"));

        var third = scenario.Route(Leads.InParis("carol@hooli.fr")).Fired("Accounts.HighAccountActivity");

        Assert.Contains(third.Trace.Claims, c => c.Contains("3 leads of Hooli France within 2 hours", StringComparison.Ordinal)
            && c.Contains("same rep as lead " + second.Decision.LeadId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hooli.fr", "ae-paris-3", RoutingLevel.CustomerOwner)]
    [InlineData("globex-pharma.com", "ae-paris-1", RoutingLevel.Strategic)]
    [InlineData("oscorp.eu", "ae-dach-1", RoutingLevel.NamedAccount)]
    public void Route_BurstOfLeadsOfAnOwnedAccount_OwnerKeepsItFlaggedHighActivity(string domain, string owner, RoutingLevel level)
    {
        // The owner's level outranks the burst's claim; the burst is still what DOMAIN.md §2 flags.
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.From("alice@" + domain));
        scenario.RouteAndCommit(Leads.From("bob@" + domain));

        var third = scenario.Route(Leads.From("carol@" + domain))
            .AssignedTo(owner).AtLevel(level).Flagged(RoutingFlags.HighAccountActivity).Fired("Accounts.HighAccountActivityFlag");

        // The rep reads the flag, and that the account's owner decided, not the burst.
        var rep = ExplanationRenderer.Render(third.Decision, third.Trace, ExplanationAudience.Rep, "en");
        Assert.Contains(rep.Steps, s => s.Key == "flag.HighAccountActivity");
        Assert.DoesNotContain(rep.Steps, s => s.Key.StartsWith("decision.Accounts.HighAccountActivity", StringComparison.Ordinal)
            || s.Text.Contains("received the most recent one", StringComparison.Ordinal));
    }

    [Fact]
    public void Route_BurstDecidedByTheBurst_FlaggedOnce()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("dsi@umbrella-sante.fr"))
            .AtLevel(RoutingLevel.PreviousOwner).Fired("Accounts.HighAccountActivity").Flagged(RoutingFlags.HighAccountActivity);

        Assert.Single(routed.Trace.Details!.Flags, f => f.Flag == nameof(RoutingFlags.HighAccountActivity));
    }

    [Fact]
    public void Route_BurstOfLeadsThatAllWentToAQueue_FlaggedHighActivity()
    {
        // A competitor's leads go to a queue, so no rep's claim follows the burst; the burst is still there.
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.From("a@rivalsoft.com"));
        scenario.RouteAndCommit(Leads.From("b@rivalsoft.com"));

        scenario.Route(Leads.From("c@rivalsoft.com"))
            .AssignedToQueue("competitive-intelligence").DidNotFire("Accounts.HighAccountActivity").Flagged(RoutingFlags.HighAccountActivity);
    }

    [Fact]
    public void Route_SecondLeadOnly_IsNotHighActivity()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.InParis("alice@hooli.fr"));

        scenario.Route(Leads.InParis("bob@hooli.fr")).DidNotFire("Accounts.HighAccountActivity").NotFlagged(RoutingFlags.HighAccountActivity);
    }

    [Fact]
    public void Route_HundredsOfEarlierLeadsOfTheAccount_TraceNoLargerThanAfterTwo()
    {
        var scenario = RoutingKit.Demo();
        scenario.RouteAndCommit(Leads.InParis("first@hooli.fr"));
        scenario.RouteAndCommit(Leads.InParis("second@hooli.fr"));
        var afterTwo = scenario.Route(Leads.InParis("probe@hooli.fr"));
        for (var i = 3; i <= 400; i++)
        {
            scenario.RouteAndCommit(Leads.InParis($"contact{i}@hooli.fr"));
        }

        var afterFourHundred = scenario.Route(Leads.InParis("probe@hooli.fr")).Fired("Accounts.HighAccountActivity");

        Assert.Contains(afterFourHundred.Trace.Claims, c => c.Contains("401 leads of Hooli France", StringComparison.Ordinal));
        // Lead ids and counts differ by a few characters; one description per earlier lead would add kilobytes.
        Assert.InRange(TraceBinary.Encode(afterFourHundred.Trace).Length - TraceBinary.Encode(afterTwo.Trace).Length, -32, 32);
        Assert.Equal(afterTwo.Trace.Details!.PreviousOwners.Count, afterFourHundred.Trace.Details!.PreviousOwners.Count);
    }
}
