using System.Text.RegularExpressions;
using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>The message catalogues: complete in every locale, same placeholders, formatting rules.</summary>
public sealed partial class MessageCatalogTests
{
    [Fact]
    public void Keys_French_DefinesEveryEnglishKeyWithTheSamePlaceholders()
    {
        var en = MessageCatalog.For("en");
        var fr = MessageCatalog.For("fr");

        var missing = en.Keys.Except(fr.Keys).ToList();
        var extra = fr.Keys.Except(en.Keys).ToList();

        Assert.Empty(missing);
        Assert.Empty(extra);
        foreach (var key in en.Keys.Where(k => !k.StartsWith("format.", StringComparison.Ordinal)))
        {
            Assert.Equal(Placeholders(en.Template(key)!), Placeholders(fr.Template(key)!));
        }
    }

    [Fact]
    public void Keys_EveryAccountClaim_SaysWhatTakesPrecedenceOverTheTerritory()
    {
        var en = MessageCatalog.For("en");

        var claimRules = en.Keys
            .Where(k => k.StartsWith("decision.Accounts.", StringComparison.Ordinal) && k.EndsWith(".rep", StringComparison.Ordinal))
            .Select(k => k["decision.".Length..^".rep".Length])
            // It hands the lead to the territory rules, so nothing outranks the territory.
            .Where(rule => rule != "Accounts.DepartedOwnerTerritory")
            .ToList();

        Assert.NotEmpty(claimRules);
        Assert.All(claimRules, rule => Assert.True(en.Has("precedence." + rule), "no precedence." + rule));
    }

    [Theory]
    [InlineData("en", "1", "1 overdue follow-up.")]
    [InlineData("en", "0", "0 overdue follow-ups.")]
    [InlineData("en", "3", "3 overdue follow-ups.")]
    [InlineData("fr", "0", "0 relance en retard.")]
    [InlineData("fr", "1", "1 relance en retard.")]
    [InlineData("fr", "2", "2 relances en retard.")]
    public void Format_CountedWord_TakesTheLanguagesSingularOrPlural(string locale, string overdue, string expectedEnd)
    {
        var catalog = MessageCatalog.For(locale);

        var text = catalog.Format("candidate.eligible", new Dictionary<string, string>
        {
            ["rep"] = "Ann Lee (ae-1)", ["openLeads"] = "1", ["cap"] = "50", ["today"] = "2", ["overdue"] = overdue,
        });

        Assert.EndsWith(expectedEnd, text, StringComparison.Ordinal);
        Assert.Contains(locale == "en" ? "1 open lead (cap 50), 2 assigned today" : "1 lead ouvert (plafond 50), 2 attribués aujourd'hui", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme Corp", "C'était votre tour dans la rotation d'Acme Corp.")]
    [InlineData("Étoile Data", "C'était votre tour dans la rotation d'Étoile Data.")]
    [InlineData("Ile-de-France", "C'était votre tour dans la rotation d'Ile-de-France.")]
    [InlineData("Horizon Finance", "C'était votre tour dans la rotation d'Horizon Finance.")]
    [InlineData("Yves Rocher", "C'était votre tour dans la rotation d'Yves Rocher.")]
    [InlineData("Hauts-de-France", "C'était votre tour dans la rotation de Hauts-de-France.")]
    [InlineData("Yahoo", "C'était votre tour dans la rotation de Yahoo.")]
    [InlineData("Globex", "C'était votre tour dans la rotation de Globex.")]
    [InlineData("2A Corse", "C'était votre tour dans la rotation de 2A Corse.")]
    public void Format_French_ElidesDeBeforeAVowelOrMuteH(string territory, string expected)
    {
        var text = MessageCatalog.For("fr").Format("distribution.RoundRobin.rep", new Dictionary<string, string> { ["territory"] = territory });

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_English_NeverElides()
    {
        var text = MessageCatalog.For("en").Format("distribution.RoundRobin.rep", new Dictionary<string, string> { ["territory"] = "Acme Corp" });

        Assert.Equal("It was your turn in the round-robin of Acme Corp.", text);
    }

    [Fact]
    public void Format_NamedPlaceholders_AreReplacedAndUnknownOnesKept()
    {
        var en = MessageCatalog.For("en");

        var text = en.Format("match.account", new Dictionary<string, string> { ["account"] = "Acme Corp", ["method"] = "email domain" });

        Assert.Equal("The lead comes from Acme Corp, matched by its email domain {value}.", text);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("en", "en")]
    [InlineData(null, "en")]
    [InlineData("de", "en")]
    public void For_Locale_PicksTheLanguageCatalogue(string? locale, string expected)
    {
        Assert.Equal(expected, MessageCatalog.For(locale).Locale);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("fr_CA", true)]
    [InlineData("EN", true)]
    [InlineData("de", false)]
    public void IsSupported_Locale_OnlyLanguagesWithACatalogue(string locale, bool expected)
    {
        Assert.Equal(expected, MessageCatalog.IsSupported(locale));
    }

    [Fact]
    public void Label_UnknownValue_FallsBackToTheValue()
    {
        var fr = MessageCatalog.For("fr");

        Assert.Equal("compte stratégique", fr.Label("level", "Strategic"));
        Assert.Equal("Unheard", fr.Label("level", "Unheard"));
    }

    // The names only, once each: a counted word's forms ({count|member|members}) are the locale's own
    // words, and a language may need one count twice (French agrees the verb too).
    private static List<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{([^}|]+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
