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
    [InlineData("en", "Victor Recent (ae-paris-cool) is excluded: cooling down since the last lead at 2026-11-23 09:55 (Europe/Paris); the cool-down lasts 10 minutes.")]
    [InlineData("fr", "Victor Recent (ae-paris-cool) est exclu : en pause depuis son dernier lead, le 23/11/2026 à 09h55 (Europe/Paris) ; la pause dure 10 minutes.")]
    public void Render_CoolingDownMember_SaysWhenInTheCataloguesDateStyleAndTheCoolDownInMinutes(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.CoolDown").Text);
        var stored = routed.Trace.Details!.Candidates.SelectMany(c => c.Exclusions).Single(x => x.Rule == "Capacity.CoolDown");
        Assert.Equal(("2026-11-23T09:55:00+01:00", "00:10:00"), (stored.Actual, stored.Limit));
    }

    [Theory]
    [InlineData("en", "is excluded: absent when the lead arrived, 2026-11-23 10:00 (Europe/Paris).")]
    [InlineData("fr", "est exclu : absent à l'arrivée du lead, le 23/11/2026 à 10h00 (Europe/Paris).")]
    public void Render_AbsentMember_SaysWhenInTheCataloguesDateStyle(string locale, string expectedEnd)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@banque-neuve.fr") with { Country = "FR", Industry = "financial services" });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.EndsWith(expectedEnd, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.Absence").Text, StringComparison.Ordinal);
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
