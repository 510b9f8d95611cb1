using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Exclusions as people read them: OPS lines word their figures (the trace keeps them as the rules
/// wrote them); the rep learns why others were set aside only in kinds, never whose or by how much.
/// </summary>
public sealed class ExclusionWordingTests
{
    [Theory]
    [InlineData("en", "Victor Recent (ae-paris-cool) is excluded: cooling down since the last lead at ", "(cool-down of 10 minutes).")]
    [InlineData("fr", "Victor Recent (ae-paris-cool) est exclu : en pause depuis son dernier lead à ", "(délai de 10 minutes).")]
    public void Render_CoolingDownMember_SaysTheCoolDownInMinutes(string locale, string expectedStart, string expectedEnd)
    {
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        var step = Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.CoolDown");
        Assert.StartsWith(expectedStart, step.Text, StringComparison.Ordinal);
        Assert.EndsWith(expectedEnd, step.Text, StringComparison.Ordinal);
        Assert.Equal("00:10:00", routed.Trace.Details!.Candidates.SelectMany(c => c.Exclusions).Single(x => x.Rule == "Capacity.CoolDown").Limit);
    }

    [Theory]
    [InlineData("hot lead", "en", "1 other member of Paris intra-muros was set aside: not the profile the lead needs.")]
    [InlineData("hot lead", "fr", "1 autre membre de Paris intra-muros a été écarté : profil différent de celui que demande le lead.")]
    [InlineData("territory, member at cap", "en", "1 other member of Paris intra-muros was set aside: at capacity.")]
    [InlineData("territory, member away", "en", "1 other member of Paris intra-muros was set aside: unavailable.")]
    public void Render_RepWithOthersSetAside_SaysWhyInKindsOnly(string scenario, string locale, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "territory.others.excluded").Text);
    }
}
