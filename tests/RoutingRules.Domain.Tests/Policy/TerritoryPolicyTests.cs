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

    [Fact]
    public void HolidaysFor_CountryAndEveryLead_ItsOwnAndTheCountrylessOnes_BuiltOnce()
    {
        var policy = new TerritoryPolicy
        {
            Holidays =
            [
                new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] },
                new Holiday { Date = new DateOnly(2026, 10, 3), Countries = ["DE"] },
                new Holiday { Date = new DateOnly(2026, 12, 25) },
                new Holiday { Date = new DateOnly(2026, 12, 25), Countries = ["FR"] }, // twice: harmless
            ],
        };

        Assert.Equal([new DateOnly(2026, 7, 14), new DateOnly(2026, 12, 25)], policy.HolidaysFor("FR")!.Order());
        Assert.Equal([new DateOnly(2026, 10, 3), new DateOnly(2026, 12, 25)], policy.HolidaysFor("de")!.Order());
        Assert.Equal([new DateOnly(2026, 12, 25)], policy.HolidaysFor("US")!);
        Assert.Equal([new DateOnly(2026, 12, 25)], policy.HolidaysFor(null)!);
        Assert.Same(policy.HolidaysFor("FR"), policy.HolidaysFor("FR"));
    }

    [Fact]
    public void HolidaysFor_OnlyCountryHolidays_NoneForOtherLeads()
    {
        var policy = new TerritoryPolicy { Holidays = [new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] }] };

        Assert.Null(policy.HolidaysFor("BE"));
        Assert.Null(policy.HolidaysFor(null));
        Assert.Null(new TerritoryPolicy().HolidaysFor("FR"));
    }
}
