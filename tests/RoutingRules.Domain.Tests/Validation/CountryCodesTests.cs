using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Validation;

public class CountryCodesTests
{
    [Fact]
    public void All_Has249Codes() => Assert.Equal(249, CountryCodes.All.Count);

    [Fact]
    public void All_MatchesSystemIso3166Table()
    {
        // tzdata ships the same ISO table the service relies on for time zones.
        var system = File.ReadLines("/usr/share/zoneinfo/iso3166.tab").Where(l => l.Length > 2 && l[0] != '#').Select(l => l[..2]).ToHashSet();
        Assert.Equal(system.Order(), CountryCodes.All.Order());
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("GB", true)]
    [InlineData("UK", false)]
    [InlineData("fr", false)]
    [InlineData(null, false)]
    public void IsValid_Codes_Expected(string? code, bool expected) => Assert.Equal(expected, CountryCodes.IsValid(code));
}
