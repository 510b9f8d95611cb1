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

    [Fact]
    public void Normalize_RandomNames_SameAsSplittingAndJoiningTokens()
    {
        var words = new[] { "the", "The", "acme", "Société", "Générale", "S.A.", "sa", "inc", "Inc.", "&", "L'Oréal", "co", "GmbH", "Straße", "  ", "-", "ltd", "x" };
        var random = new Random(9);
        for (var n = 0; n < 5_000; n++)
        {
            var name = string.Join(random.Next(3) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Length)]));
            Assert.Equal(Reference(name), CompanyNames.Normalize(name));
        }
    }

    [Fact]
    public void Normalize_LongName_SameAsSplittingAndJoiningTokens()
    {
        var name = string.Join(" ", Enumerable.Repeat("Société Générale", 40)) + " S.A.";
        Assert.Equal(Reference(name), CompanyNames.Normalize(name));
    }

    /// <summary>The normalisation spelt out: fold, split on spaces, drop a leading "the" and trailing legal forms, join.</summary>
    private static string Reference(string name)
    {
        var folded = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (TextFolding.TryAppendFolded(c, folded) || TextFolding.IsCombiningMark(c))
            {
                continue;
            }

            folded.Append(c switch { '.' or '\'' or '\u2019' => "", '&' => " and ", _ => " " });
        }

        var tokens = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        while (tokens.Count > 1 && CompanyNames.IsLegalSuffix(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return string.Join(' ', tokens);
    }
}
