using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// The unmatched-territory flag (DOMAIN.md §4 health metric): set exactly when the lead is left
/// to territory routing (no account level claims it) and no territory's criteria accept it.
/// </summary>
public sealed class NoTerritoryMatchScenarioTests
{
    [Fact]
    public void Route_OverseasLead_FlaggedUnmatched()
    {
        RoutingKit.Demo().Route(Leads.From("ceo@tokyo.example") with { Country = "JP" })
            .AssignedToQueue("default-pool").Flagged(RoutingFlags.NoTerritoryMatch).Fired("Territories.NoTerritoryMatch");
    }

    /// <summary>The decision keeps why, with the lead's country and industry, for the routing health's breakdown.</summary>
    [Fact]
    public void Route_OverseasLead_DecisionKeepsReasonCountryAndIndustry()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("cto@osaka.example") with { Country = "JP", Industry = "technology", EmployeeCount = 300 })
            .AssignedToQueue("default-pool").Flagged(RoutingFlags.NoTerritoryMatch);

        Assert.Same(UnmatchedLead.Of(UnmatchedReason.UncoveredCountry, "JP", "technology"), routed.Decision.Unmatched);
    }

    [Fact]
    public void Route_LeadWithoutCountryNorIndustry_MissingData()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("someone@gmail.com")).Flagged(RoutingFlags.NoTerritoryMatch);

        Assert.Equal((UnmatchedReason.MissingData, (string?)null, (string?)null), (routed.Decision.Unmatched!.Reason, routed.Decision.Unmatched.Country, routed.Decision.Unmatched.Industry));
    }

    [Fact]
    public void Route_LeadATerritoryAccepts_NotFlagged()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@small-paris-shop.fr"))
            .AtLevel(RoutingLevel.Territory).NotFlagged(RoutingFlags.NoTerritoryMatch).DidNotFire("Territories.NoTerritoryMatch");

        Assert.Null(routed.Decision.Unmatched);
    }

    [Fact]
    public void Route_UnmatchedLeadSentToNearestTerritory_StillFlagged()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with
        {
            Territories = p.Territories with { NearestTerritories = new Dictionary<string, string> { ["GP"] = "ter-paris" } },
        });

        var routed = scenario.Route(Leads.From("ceo@far-away.example") with { Country = "GP", TimeZone = "America/Guadeloupe" })
            .InTerritory("ter-paris").Fired("Territories.NearestTerritory").Flagged(RoutingFlags.NoTerritoryMatch);

        // The nearest territory takes the lead; the design still covers no territory of Guadeloupe.
        Assert.Equal(UnmatchedReason.UncoveredCountry, routed.Decision.Unmatched?.Reason);
        Assert.Equal("GP", routed.Decision.Unmatched?.Country);
    }

    [Fact]
    public void Route_EveryMatchDroppedByNamedAccountException_NotFlagged()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Territories = d.Territories.Select(t => t with { NamedAccountExceptionIds = [.. t.NamedAccountExceptionIds, "acc-churn-old"] }).ToList(),
        });

        scenario.Route(Leads.InFrance("a@wayne-textile.fr", "59", "Hauts-de-France", "Lille", "59000"))
            .Fired("Territories.NamedAccountException").AssignedToQueue("default-pool").NotFlagged(RoutingFlags.NoTerritoryMatch);
    }

    [Fact]
    public void Route_AccountOwnedLeadNoTerritoryAccepts_NotFlagged()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("jane@acmecorp.com", "Acme Corp") with { Country = "JP" })
            .AssignedTo("ae-sud-1").NotFlagged(RoutingFlags.NoTerritoryMatch).DidNotFire("Territories.NoTerritoryMatch");

        Assert.Null(routed.Decision.Unmatched);
    }
}
