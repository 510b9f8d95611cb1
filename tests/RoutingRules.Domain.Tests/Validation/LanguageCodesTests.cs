using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Validation;

public class LanguageCodesTests
{
    [Fact]
    public void All_Has184TwoLetterCodes()
    {
        Assert.Equal(184, LanguageCodes.All.Count);
        Assert.All(LanguageCodes.All, code => Assert.Matches("^[a-z]{2}$", code));
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("en", true)]
    [InlineData("zu", true)]
    [InlineData("FR", false)]
    [InlineData("xx", false)]
    [InlineData("fra", false)]
    [InlineData("klingon", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Codes_Expected(string? code, bool expected) => Assert.Equal(expected, LanguageCodes.IsValid(code));
}
