using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Tests.Policy;

public sealed class TerritoryPolicyTests
{
    private static readonly TerritoryPolicy Configured = new()
    {
        NearestTerritories = new Dictionary<string, string>
        {
            ["971"] = "ter-antilles", ["06"] = "ter-sud", ["Île-de-France"] = "ter-idf", ["GP"] = "ter-gp",
        },
    };

    [Theory]
    [InlineData("971", null, null, "971", "ter-antilles")]
    [InlineData("6", null, null, "6", "ter-sud")]
    [InlineData("006", null, null, "006", "ter-sud")]
    [InlineData(null, "Ile de France", null, "Ile de France", "ter-idf")]
    [InlineData(null, "ILE-DE-FRANCE", "FR", "ILE-DE-FRANCE", "ter-idf")]
    [InlineData(null, null, "gp", "gp", "ter-gp")]
    [InlineData("60", "Bretagne", "GP", "GP", "ter-gp")]
    public void NearestTerritoryFor_AreaSpelledOtherwise_FoundAndNamedAsTheLeadGaveIt(
        string? department, string? region, string? country, string area, string territoryId) =>
        Assert.Equal((area, territoryId), Configured.NearestTerritoryFor(department, region, country));

    [Theory]
    [InlineData("60", null, null)]
    [InlineData("97", null, null)]
    [InlineData(null, "Bretagne", "FR")]
    [InlineData(null, null, null)]
    public void NearestTerritoryFor_OtherArea_Null(string? department, string? region, string? country) =>
        Assert.Null(Configured.NearestTerritoryFor(department, region, country));

    [Fact]
    public void NearestTerritoryFor_NothingConfigured_Null() =>
        Assert.Null(new TerritoryPolicy().NearestTerritoryFor("75", "Ile-de-France", "FR"));
}
