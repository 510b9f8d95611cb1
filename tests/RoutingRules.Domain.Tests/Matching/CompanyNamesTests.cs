using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class CompanyNamesTests
{
    [Theory]
    [InlineData("Microsoft Inc", "microsoft")]
    [InlineData("Microsoft Corporation", "microsoft")]
    [InlineData("MICROSOFT, Inc.", "microsoft")]
    [InlineData("Société Générale S.A.", "societe generale")]
    [InlineData("Acme Corp", "acme")]
    [InlineData("Acme Co., Ltd.", "acme")]
    [InlineData("Siemens AG", "siemens")]
    [InlineData("Müller GmbH", "muller")]
    [InlineData("Straße Holding SARL", "strasse holding")]
    [InlineData("L'Oréal SA", "loreal")]
    [InlineData("I.B.M.", "ibm")]
    [InlineData("The Coca-Cola Company", "coca cola")]
    [InlineData("Johnson & Johnson", "johnson and johnson")]
    [InlineData("Shell plc", "shell")]
    [InlineData("  Philips   BV ", "philips")]
    public void Normalize_VariousForms_CanonicalName(string input, string expected) =>
        Assert.Equal(expected, CompanyNames.Normalize(input));

    [Fact]
    public void Normalize_MicrosoftIncAndMicrosoft_SameName() =>
        Assert.Equal(CompanyNames.Normalize("Microsoft"), CompanyNames.Normalize("Microsoft Inc"));

    [Fact]
    public void Normalize_LegalFormAtStart_IsKept() =>
        Assert.Equal("sas institute", CompanyNames.Normalize("SAS Institute Inc"));

    [Fact]
    public void Normalize_OnlyLegalForm_KeepsLastToken() =>
        Assert.Equal("sa", CompanyNames.Normalize("SA"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("---")]
    public void Normalize_Empty_ReturnsEmpty(string? input) => Assert.Equal(string.Empty, CompanyNames.Normalize(input));

    [Fact]
    public void Normalize_DecomposedAccent_FoldsLikeComposed() =>
        Assert.Equal(CompanyNames.Normalize("Café"), CompanyNames.Normalize("Cafe\u0301"));
}
