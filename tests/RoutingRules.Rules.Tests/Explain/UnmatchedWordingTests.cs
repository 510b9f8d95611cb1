using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Ops read, in the unmatched flag's sentence, why no territory covers the lead (what their monthly
/// review of unmatched leads looks for); a rep reads nothing of it, and a decision stored before reasons
/// were kept gets the general sentence.
/// </summary>
public sealed class UnmatchedWordingTests
{
    [Theory]
    [InlineData("en", "No territory covers this lead: none lists its country, JP (a new geography); it counts in the unmatched-territory share.")]
    [InlineData("fr", "Aucun territoire ne couvre ce lead : aucun ne comprend son pays, JP (une nouvelle géographie) ; il compte dans la part de leads hors territoire.")]
    public void Render_OverseasLeadForOps_SaysNoTerritoryListsItsCountry(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("cto@osaka.example") with { Country = "JP", Industry = "technology" });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "flag.NoTerritoryMatch.UncoveredCountry").Text);
        Assert.DoesNotContain(explanation.Steps, s => s.Key == "flag.NoTerritoryMatch");
    }

    /// <summary>Without DACH, Germany is left to Financial Services EMEA: a mining company there is a new industry.</summary>
    [Fact]
    public void Render_IndustryNoVerticalOfItsPlaceCovers_SaysSoNamingIt()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Territories = [.. d.Territories.Where(t => t.Id != "ter-dach")] });
        var routed = scenario.Route(Leads.From("ceo@ruhr-mining.example") with { Country = "DE", City = "Essen", Industry = "mining" })
            .Flagged(RoutingFlags.NoTerritoryMatch);

        var step = Assert.Single(ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en").Steps, s => s.Key.StartsWith("flag.NoTerritoryMatch", StringComparison.Ordinal));

        Assert.Equal("flag.NoTerritoryMatch.UncoveredIndustry", step.Key);
        Assert.Equal("No territory covers this lead: the territories of its place are verticals and none covers its industry, mining (a new industry); it counts in the unmatched-territory share.", step.Text);
    }

    [Fact]
    public void Render_LeadWithoutCountryForOps_SaysDataIsMissing()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("someone@gmail.com")).Flagged(RoutingFlags.NoTerritoryMatch);

        Assert.Single(ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "fr").Steps, s => s.Key == "flag.NoTerritoryMatch.MissingData");
    }

    [Fact]
    public void Render_ForTheRep_NoUnmatchedSentence()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("cto@osaka.example") with { Country = "JP" });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");

        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("flag.NoTerritoryMatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DecisionStoredBeforeReasons_TheGeneralSentence()
    {
        var routed = RoutingKit.Demo().Route(Leads.From("cto@osaka.example") with { Country = "JP" });

        var explanation = ExplanationRenderer.Render(routed.Decision with { Unmatched = null }, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Equal(
            "No territory covers this lead; it counts in the unmatched-territory share.",
            Assert.Single(explanation.Steps, s => s.Key.StartsWith("flag.NoTerritoryMatch", StringComparison.Ordinal)).Text);
    }
}
