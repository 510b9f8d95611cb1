using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// Leads spelling their place otherwise than the demo dataset's territories (DOMAIN.md §4): the
/// territory is the one the plain spelling reaches, and the trace keeps the value as the lead gave it.
/// </summary>
public sealed class GeographySpellingScenarioTests
{
    /// <summary>A postal CEDEX mention or an arrondissement once matched the city level and lost the Paris territory to the Ile-de-France one.</summary>
    [Theory]
    [InlineData("PARIS CEDEX 08")]
    [InlineData("Paris 8e")]
    [InlineData("Paris 08")]
    [InlineData("Paris 8ème")]
    [InlineData("Paris 16eme")]
    public void Route_ParisCitySpelledWithArrondissementOrCedex_SameTerritoryAsParis(string city)
    {
        var plain = RoutingKit.Demo().Route(Leads.InFrance("ceo@paris-plain.fr", "75", city: "Paris"));
        var spelled = RoutingKit.Demo().Route(Leads.InFrance("ceo@paris-cedex.fr", "75", city: city));

        plain.InTerritory("ter-paris").AtLevel(RoutingLevel.Territory);
        spelled.InTerritory(plain.Decision.TerritoryId).AtLevel(RoutingLevel.Territory);
        Assert.Equal(city, spelled.Trace.Details?.Lead.City);
    }

    [Theory]
    [InlineData("Île-de-France")]
    [InlineData("Ile de France")]
    [InlineData("ILE-DE-FRANCE")]
    public void Route_RegionSpelledWithAccentOrSpaces_MatchesTheIleDeFranceTerritory(string region)
    {
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@idf-conseil.fr", region: region));

        routed.InTerritory("ter-idf").AtLevel(RoutingLevel.Territory);
        Assert.Equal(region, routed.Trace.Details?.Lead.Region);
    }

    /// <summary>The demo lists Alpes-Maritimes as "06".</summary>
    [Fact]
    public void Route_DepartmentWithoutItsLeadingZero_MatchesTheTerritoryListingIt() =>
        RoutingKit.Demo().Route(Leads.InFrance("ceo@nice-azur.fr", "6")).InTerritory("ter-sud");

    [Fact]
    public void Route_DepartmentSixty_StaysOutOfTheTerritoryListingSix() =>
        RoutingKit.Demo().Route(Leads.InFrance("ceo@beauvais-oise.fr", "60")).InTerritory("ter-hdf");
}
