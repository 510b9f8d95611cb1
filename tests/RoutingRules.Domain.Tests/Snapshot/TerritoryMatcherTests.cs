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

    [Theory]
    [InlineData("13", "Provence-Alpes-Cote d'Azur", GeographyLevel.Department)]
    [InlineData(null, "Provence-Alpes-Cote d'Azur", GeographyLevel.Region)]
    [InlineData(null, null, GeographyLevel.None)]
    public void MatchedLevel_IsTheMostSpecificLevelBothGive(string? department, string? region, GeographyLevel expected) =>
        Assert.Equal(expected, TerritoryMatcher.MatchedLevel(Sud, new TerritoryQuery { Country = "FR", Department = department, Region = region }));

    [Fact]
    public void MatchedLevel_CountryOnlyTerritory_IsCountry() =>
        Assert.Equal(GeographyLevel.Country, TerritoryMatcher.MatchedLevel(new TerritoryCriteria { Countries = ["FR"] }, new TerritoryQuery { Country = "FR", PostalCode = "75008" }));

    [Fact]
    public void MatchedLevel_PostalPrefixesButNoPostalCode_FallsToTheCity() =>
        Assert.Equal(GeographyLevel.City, TerritoryMatcher.MatchedLevel(Paris, new TerritoryQuery { Country = "FR", Department = "75", City = "Paris" }));

    /// <summary>DOMAIN.md §4: unknown size is the default segment, for a territory given by employee bounds too.</summary>
    [Theory]
    [InlineData(50, 499, Segment.MidMarket, true)]
    [InlineData(null, 49, Segment.MidMarket, false)]
    [InlineData(null, 49, Segment.Smb, true)]
    [InlineData(500, null, Segment.MidMarket, false)]
    public void Matches_UnknownSizeAgainstEmployeeBounds_UsesTheDefaultSegmentsBand(int? min, int? max, Segment defaultSegment, bool expected)
    {
        var criteria = new TerritoryCriteria { Countries = ["FR"], MinEmployees = min, MaxEmployees = max };

        Assert.Equal(expected, TerritoryMatcher.Matches(criteria, new TerritoryQuery { Country = "FR" }, Policy with { DefaultSegment = defaultSegment }));
    }
}
