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
