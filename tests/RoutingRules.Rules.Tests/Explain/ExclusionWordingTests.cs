using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>OPS exclusion lines word their figures for people; the trace keeps them as the rules wrote them.</summary>
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
}
