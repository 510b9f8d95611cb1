using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing.Logic;

/// <summary>
/// Why no territory matched a lead, over the demo dataset's territories (and the demo without the
/// territories that cover a whole country, where an area or an industry can be left uncovered).
/// Every case first checks that routing's own lookup finds no territory for the lead, on its primary
/// and secondary industries: a reason is only ever asked for such a lead.
/// </summary>
public sealed class TerritoryCoverageTests
{
    private static readonly Dataset Demo = DatasetJson.Load(Path.Combine(AppContext.BaseDirectory, "samples", "demo-dataset.json"));

    [Theory]
    [InlineData("JP", "technology")]
    [InlineData("RE", "healthcare")] // La Réunion, an overseas department, has its own country code
    [InlineData("BR", null)]
    public void Classify_CountryNoTerritoryLists_UncoveredCountryWhateverTheIndustry(string country, string? industry)
    {
        var lead = new TerritoryQuery { Country = country, Region = "Somewhere", City = "Anywhere", Industry = industry, EmployeeCount = 300 };

        Assert.Equal(UnmatchedReason.UncoveredCountry, Classify(Demo, lead));
    }

    [Fact]
    public void Classify_NoPlaceNoIndustryNoSize_MissingData()
    {
        Assert.Equal(UnmatchedReason.MissingData, Classify(Demo, new TerritoryQuery()));
    }

    /// <summary>Every demo territory lists countries: without one, an industry a vertical covers does not help.</summary>
    [Fact]
    public void Classify_NoCountryButACoveredIndustry_MissingData()
    {
        var lead = new TerritoryQuery { Department = "75", City = "Paris", Industry = "healthcare", EmployeeCount = 2000 };

        Assert.Equal(UnmatchedReason.MissingData, Classify(Demo, lead));
    }

    [Fact]
    public void Classify_BlankCountry_MissingData()
    {
        Assert.Equal(UnmatchedReason.MissingData, Classify(Demo, new TerritoryQuery { Country = " ", Industry = "technology" }));
    }

    /// <summary>Without United States and US Healthcare, the US is covered by state only: East and West.</summary>
    [Fact]
    public void Classify_StateNoTerritoryOfItsCountryLists_UncoveredArea()
    {
        var demo = Without(Demo, "ter-us", "ter-us-health");

        Assert.Equal(UnmatchedReason.UncoveredArea, Classify(demo, new TerritoryQuery { Country = "US", Department = "TX", City = "Austin", Industry = "healthcare" }));
        Assert.Equal(UnmatchedReason.UncoveredArea, Classify(demo, new TerritoryQuery { Country = "us", City = "New York" }));
    }

    [Fact]
    public void Classify_CountryCoveredByAreaOnlyAndNoPlaceGiven_MissingData()
    {
        var demo = Without(Demo, "ter-us", "ter-us-health");

        Assert.Equal(UnmatchedReason.MissingData, Classify(demo, new TerritoryQuery { Country = "US", Industry = "technology" }));
    }

    /// <summary>Without DACH, Germany is covered by Financial Services EMEA alone: a vertical.</summary>
    [Theory]
    [InlineData("retail", null)]
    [InlineData("retail", "mining")]
    [InlineData(null, "mining")] // a secondary industry is an industry given
    public void Classify_PlaceCoveredByVerticalsOnlyOtherIndustry_UncoveredIndustry(string? industry, string? secondary)
    {
        var demo = Without(Demo, "ter-dach");
        var lead = new TerritoryQuery { Country = "DE", Region = "Bayern", City = "München", Industry = industry, EmployeeCount = 1200 };

        Assert.Equal(UnmatchedReason.UncoveredIndustry, Classify(demo, lead, secondary is null ? [] : [secondary]));
    }

    [Fact]
    public void Classify_PlaceCoveredByVerticalsOnlyNoIndustry_MissingData()
    {
        Assert.Equal(UnmatchedReason.MissingData, Classify(Without(Demo, "ter-dach"), new TerritoryQuery { Country = "DE", City = "Berlin" }));
    }

    /// <summary>Austria was DACH's only: without it, no territory lists the country, and a vertical without Austria does not make it covered.</summary>
    [Fact]
    public void Classify_CountryOnlyTheRemovedTerritoryListed_UncoveredCountryEvenForACoveredIndustryElsewhere()
    {
        Assert.Equal(UnmatchedReason.UncoveredCountry, Classify(Without(Demo, "ter-dach"), new TerritoryQuery { Country = "AT", Industry = "financial services" }));
    }

    /// <summary>
    /// Without France, Enterprise and Mid-market France, a French lead outside the regions is left to
    /// the verticals and SMB France: an 800-employee retailer fits SMB France's place and industry, not its size.
    /// </summary>
    [Fact]
    public void Classify_PlaceAndIndustryCoveredNotTheSize_UncoveredSegment()
    {
        var demo = Without(Demo, "ter-fr", "ter-ent-fr", "ter-mm-fr");
        var lead = new TerritoryQuery { Country = "FR", Department = "974", City = "Saint-Denis", Industry = "retail", EmployeeCount = 800 };

        Assert.Equal(UnmatchedReason.UncoveredSegment, Classify(demo, lead));
        // 30 employees: SMB France takes it.
        Assert.NotEmpty(TerritoryCandidates.For(ReferenceSnapshot.Build(demo)).Matching(lead with { EmployeeCount = 30 }, demo.Policy.Territories));
    }

    /// <summary>A territory without geography (a pure vertical) takes any place: the lead's industry or size decides.</summary>
    [Fact]
    public void Classify_OnlyTerritoriesWithoutGeography_IndustryThenSize()
    {
        var dataset = Dataset.Empty with
        {
            Territories =
            [
                new Territory { Id = "t-health-ent", Name = "Healthcare enterprise", Criteria = new TerritoryCriteria { Industries = ["healthcare"], Segment = Segment.Enterprise } },
                new Territory { Id = "t-pool", Name = "Pool", IsDefaultPool = true, QueueName = "default-pool" },
            ],
        };

        Assert.Equal(UnmatchedReason.UncoveredIndustry, Classify(dataset, new TerritoryQuery { Country = "JP", Industry = "retail" }));
        Assert.Equal(UnmatchedReason.MissingData, Classify(dataset, new TerritoryQuery { Country = "JP" }));
        Assert.Equal(UnmatchedReason.UncoveredSegment, Classify(dataset, new TerritoryQuery { Country = "JP", Industry = "Healthcare", EmployeeCount = 10 }));
    }

    /// <summary>The default pool takes anything but is not a territory a lead matches: with nothing else, no country is covered.</summary>
    [Fact]
    public void Classify_OnlyAPool_UncoveredCountryOrMissingData()
    {
        var dataset = Dataset.Empty with { Territories = [new Territory { Id = "t-pool", Name = "Pool", IsDefaultPool = true, QueueName = "default-pool" }] };

        Assert.Equal(UnmatchedReason.UncoveredCountry, Classify(dataset, new TerritoryQuery { Country = "FR", Industry = "retail" }));
        Assert.Equal(UnmatchedReason.MissingData, Classify(dataset, new TerritoryQuery { Industry = "retail" }));
    }

    [Fact]
    public void For_SameTerritoryList_OneCoverage()
    {
        var snapshot = ReferenceSnapshot.Build(Demo);

        Assert.Same(TerritoryCoverage.For(snapshot), TerritoryCoverage.For(ReferenceSnapshot.Build(Demo)));
    }

    private static UnmatchedReason Classify(Dataset dataset, TerritoryQuery lead, IReadOnlyList<string>? secondary = null)
    {
        secondary ??= [];
        var snapshot = ReferenceSnapshot.Build(dataset);
        var candidates = TerritoryCandidates.For(snapshot);
        var policy = dataset.Policy.Territories;
        Assert.Empty(candidates.Matching(lead, policy));
        Assert.All(secondary, industry => Assert.DoesNotContain(candidates.Matching(lead with { Industry = industry }, policy), t => t.Criteria.HasVertical));
        return TerritoryCoverage.For(snapshot).Classify(lead, secondary);
    }

    private static Dataset Without(Dataset dataset, params string[] territoryIds) =>
        dataset with { Territories = [.. dataset.Territories.Where(t => !territoryIds.Contains(t.Id))] };
}
