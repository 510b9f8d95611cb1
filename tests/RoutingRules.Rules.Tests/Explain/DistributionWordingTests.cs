using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>The OPS distribution step of a single-member territory, in each language.</summary>
public sealed class DistributionWordingTests
{
    [Theory]
    [InlineData("en", "Jules Lefèvre (ae-nord-1) is the only available member of Hauts-de-France.")]
    [InlineData("fr", "Jules Lefèvre (ae-nord-1) est le seul membre disponible de Hauts-de-France.")]
    public void Render_SingleMember_SaysSoOnceAndNoEnglishInFrench(string locale, string expected)
    {
        // The rule's own note ("first available member: ae-nord-1") repeated the sentence, in English in both languages.
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@lille.fr", "59", "Hauts-de-France", "Lille", "59000"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "distribution.Single.ops").Text);
    }
}
