using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing;

public class RepProfileTests
{
    private static readonly RepProfile Profile = new(
        new Rep { Id = "r1", Name = "Alice", TimeZone = "Europe/Paris", Languages = ["fr", "EN"], Industries = ["Retail"] }, RepWorkload.Empty, 0);

    [Theory]
    [InlineData("en", true)]
    [InlineData("FR", true)]
    [InlineData("de", false)]
    public void Speaks_AnyCase_MatchesListedLanguages(string language, bool expected) => Assert.Equal(expected, Profile.Speaks(language));

    [Theory]
    [InlineData("retail", true)]
    [InlineData("healthcare", false)]
    [InlineData(null, false)]
    public void KnowsIndustry_AnyCase_MatchesListedIndustries(string? industry, bool expected) => Assert.Equal(expected, Profile.KnowsIndustry(industry));
}
