using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Snapshot;

public sealed class TerritoryMatcherTests
{
    private static readonly TerritoryPolicy Policy = new();

    private static readonly TerritoryCriteria Sud = new()
    {
        Countries = ["FR"],
        Regions = ["Provence-Alpes-Cote d'Azur"],
        Departments = ["13", "06", "83"],
    };

    private static readonly TerritoryCriteria Paris = new()
    {
        Countries = ["FR"],
        Departments = ["75"],
        Cities = ["Paris"],
        PostalPrefixes = ["75"],
    };

    [Fact]
    public void Matches_DepartmentWithoutRegion_DepartmentDecides()
    {
        Assert.True(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Department = "13" }, Policy));
        Assert.False(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Department = "69" }, Policy));
    }

    [Fact]
    public void Matches_RegionOnly_RegionDecides()
    {
        Assert.True(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Region = "provence-alpes-cote d'azur" }, Policy));
        Assert.False(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Region = "Bretagne" }, Policy));
    }

    [Fact]
    public void Matches_RegionSpelledDifferently_MoreSpecificDepartmentDecides()
    {
        Assert.True(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Region = "PACA", Department = "13" }, Policy));
    }

    [Fact]
    public void Matches_PostalCodeMoreSpecificThanDepartment_PostalCodeDecides()
    {
        Assert.True(TerritoryMatcher.Matches(Paris, new TerritoryQuery { Country = "FR", Department = "75", PostalCode = "75011" }, Policy));
        Assert.False(TerritoryMatcher.Matches(Paris, new TerritoryQuery { Country = "FR", Department = "75", PostalCode = "92100" }, Policy));
    }

    [Fact]
    public void Matches_NoSubCountryLevelGiven_DoesNotMatchTerritoryListingOne()
    {
        Assert.False(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR" }, Policy));
        Assert.True(TerritoryMatcher.Matches(new TerritoryCriteria { Countries = ["FR"] }, new TerritoryQuery { Country = "FR" }, Policy));
    }

    [Fact]
    public void Matches_OtherCountry_DoesNotMatchEvenWithListedDepartment()
    {
        Assert.False(TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "BE", Department = "13" }, Policy));
    }
}
