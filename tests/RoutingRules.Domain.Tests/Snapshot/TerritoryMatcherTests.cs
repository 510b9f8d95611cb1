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

    private static readonly TerritoryCriteria IleDeFrance = new() { Countries = ["FR"], Regions = ["Ile-de-France"] };

    private static readonly TerritoryCriteria Lyon = new() { Countries = ["FR"], Cities = ["Lyon"] };

    private static readonly TerritoryCriteria SaintEtienne = new() { Countries = ["FR"], Cities = ["Saint-Étienne"] };

    private static readonly TerritoryCriteria Oise = new() { Countries = ["FR"], Departments = ["60"] };

    [Theory]
    [InlineData("Île-de-France")]
    [InlineData("Ile de France")]
    [InlineData("ILE-DE-FRANCE")]
    [InlineData("île de france")]
    public void Matches_RegionWithOtherAccentsOrSeparators_Matches(string region) =>
        Assert.True(TerritoryMatcher.Matches(IleDeFrance, new TerritoryQuery { Country = "FR", Region = region }, Policy));

    [Fact]
    public void Matches_TerritoryRegionWithAccent_MatchesTheLeadsPlainSpelling() =>
        Assert.True(TerritoryMatcher.Matches(
            new TerritoryCriteria { Countries = ["FR"], Regions = ["Île-de-France"] }, new TerritoryQuery { Country = "FR", Region = "Ile-de-France" }, Policy));

    [Theory]
    [InlineData("6", true)]
    [InlineData("06", true)]
    [InlineData("006", true)]
    [InlineData("60", false)]
    [InlineData("16", false)]
    public void Matches_DepartmentCodeWithOrWithoutLeadingZero_SameDepartment(string department, bool expected) =>
        Assert.Equal(expected, TerritoryMatcher.Matches(Sud, new TerritoryQuery { Country = "FR", Department = department }, Policy));

    [Theory]
    [InlineData("6", false)]
    [InlineData("06", false)]
    [InlineData("60", true)]
    [InlineData("060", true)]
    public void Matches_TwoDigitDepartment_NotTheOneDigitOne(string department, bool expected) =>
        Assert.Equal(expected, TerritoryMatcher.Matches(Oise, new TerritoryQuery { Country = "FR", Department = department }, Policy));

    [Theory]
    [InlineData("2a", true)]
    [InlineData("2A", true)]
    [InlineData("2B", true)]
    [InlineData("2", false)]
    [InlineData("20", false)]
    public void Matches_CorsicanDepartment_CaseFolded(string department, bool expected) =>
        Assert.Equal(expected, TerritoryMatcher.Matches(
            new TerritoryCriteria { Countries = ["FR"], Departments = ["2A", "2B"] }, new TerritoryQuery { Country = "FR", Department = department }, Policy));

    [Theory]
    [InlineData("PARIS CEDEX 08")]
    [InlineData("Paris 8e")]
    [InlineData("Paris 08")]
    [InlineData("Paris 8ème")]
    [InlineData("Paris 16eme")]
    [InlineData("paris")]
    public void Matches_ParisWithArrondissementOrCedex_MatchesTheParisCity(string city)
    {
        var query = new TerritoryQuery { Country = "FR", Department = "75", City = city };

        Assert.Equal(GeographyLevel.City, TerritoryMatcher.MatchedLevel(Paris, query));
        Assert.True(TerritoryMatcher.Matches(Paris, query, Policy));
    }

    [Theory]
    [InlineData("Parisot")]
    [InlineData("Paris 21")]
    [InlineData("Lyon")]
    public void Matches_OtherCity_DoesNotMatchTheParisCity(string city) =>
        Assert.False(TerritoryMatcher.Matches(Paris, new TerritoryQuery { Country = "FR", Department = "75", City = city }, Policy));

    [Theory]
    [InlineData("Lyon", true)]
    [InlineData("LYON CEDEX 03", true)]
    [InlineData("Lyon 1er arrondissement", true)]
    [InlineData("Lyons-la-Forêt", false)]
    public void Matches_LyonSpellings_OnlyLyon(string city, bool expected) =>
        Assert.Equal(expected, TerritoryMatcher.Matches(Lyon, new TerritoryQuery { Country = "FR", City = city }, Policy));

    [Theory]
    [InlineData("St-Étienne")]
    [InlineData("Saint Etienne")]
    [InlineData("ST ETIENNE")]
    public void Matches_SaintAbbreviated_SameCity(string city) =>
        Assert.True(TerritoryMatcher.Matches(SaintEtienne, new TerritoryQuery { Country = "FR", City = city }, Policy));

    [Theory]
    [InlineData("75 008")]
    [InlineData("75008")]
    public void Matches_PostalCodeWithSpaces_MatchesThePrefix(string postal) =>
        Assert.True(TerritoryMatcher.Matches(Paris, new TerritoryQuery { Country = "FR", PostalCode = postal }, Policy));

    [Theory]
    [InlineData("SW1A 1AA", true)]
    [InlineData("sw1a 1aa", true)]
    [InlineData("SW1P 3BU", false)]
    public void Matches_UkPostcode_PrefixFoldedAndWithoutSpaces(string postal, bool expected) =>
        Assert.Equal(expected, TerritoryMatcher.Matches(
            new TerritoryCriteria { Countries = ["GB"], PostalPrefixes = ["SW1A"] }, new TerritoryQuery { Country = "GB", PostalCode = postal }, Policy));

    /// <summary>A blank value is no value: the next level the lead gives decides, as if the city were not given.</summary>
    [Fact]
    public void MatchedLevel_BlankCity_FallsToTheDepartment() =>
        Assert.Equal(GeographyLevel.Department, TerritoryMatcher.MatchedLevel(Paris, new TerritoryQuery { Country = "FR", Department = "75", City = " - " }));

    [Fact]
    public void Query_CopiedWithAnotherValue_KeysFollowTheValues()
    {
        var query = new TerritoryQuery { Country = "FR", City = "PARIS CEDEX 08", Department = "06" };

        var copy = query with { City = "Lyon 3e", Industry = "retail" };

        Assert.Equal(("lyon", "6"), (copy.CityKey, copy.DepartmentKey));
        Assert.Equal("PARIS CEDEX 08", query.City);
        Assert.Equal("paris", query.CityKey);
    }

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

    /// <summary>Unknown size with revenue bands: the revenue's segment, for a territory naming a segment or giving employee bounds.</summary>
    [Theory]
    [InlineData(Segment.Enterprise, null, null, "80000000", true)]
    [InlineData(Segment.Enterprise, null, null, "12000000", false)]
    [InlineData(Segment.MidMarket, null, null, "12000000", true)]
    [InlineData(null, null, 49, "2000000", true)]
    [InlineData(null, null, 49, "0", true)]
    [InlineData(null, null, 49, "12000000", false)]
    [InlineData(null, 500, null, "50000000", true)]
    [InlineData(Segment.MidMarket, null, null, null, true)]
    public void Matches_UnknownSizeWithRevenueBands_UsesTheRevenuesSegment(Segment? segment, int? min, int? max, string? revenue, bool expected)
    {
        var criteria = new TerritoryCriteria { Countries = ["FR"], Segment = segment, MinEmployees = min, MaxEmployees = max };
        var bands = Policy with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m };
        var query = new TerritoryQuery { Country = "FR", AnnualRevenue = revenue is null ? null : decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, TerritoryMatcher.Matches(criteria, query, bands));
    }

    [Fact]
    public void Matches_RevenueWithoutRevenueBands_UnknownSizeStaysTheDefaultSegment()
    {
        var enterprise = new TerritoryCriteria { Countries = ["FR"], Segment = Segment.Enterprise };
        var midMarket = new TerritoryCriteria { Countries = ["FR"], Segment = Segment.MidMarket };
        var query = new TerritoryQuery { Country = "FR", AnnualRevenue = 80_000_000m };

        Assert.False(TerritoryMatcher.Matches(enterprise, query, Policy));
        Assert.True(TerritoryMatcher.Matches(midMarket, query, Policy));
    }

    [Fact]
    public void Matches_SizeGivenWithRevenueBands_TheSizeDecides()
    {
        var smb = new TerritoryCriteria { Countries = ["FR"], Segment = Segment.Smb };
        var bands = Policy with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m };

        Assert.True(TerritoryMatcher.Matches(smb, new TerritoryQuery { Country = "FR", EmployeeCount = 20, AnnualRevenue = 80_000_000m }, bands));
    }
}
