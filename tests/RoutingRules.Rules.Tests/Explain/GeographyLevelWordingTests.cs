using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>The lead's "department" is a French département in France and a state or province elsewhere; the territory step says which.</summary>
public sealed class GeographyLevelWordingTests
{
    [Theory]
    [InlineData("US", "CA", "en", "(state or province level,")]
    [InlineData("US", "CA", "fr", "(niveau État ou province,")]
    [InlineData("FR", "13", "en", "(département level,")]
    [InlineData("FR", "13", "fr", "(niveau département,")]
    public void Render_TerritoryMatchedOnTheDepartmentField_NamesTheLevelOfTheLeadsCountry(string country, string department, string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("buyer@regional-shop.example") with { Country = country, Department = department });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Contains(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("territory.", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}
