using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A weak fit is told with the criteria of the ideal customer profile the lead failed, to the rep
/// and to ops, right after the treatment it explains; a strong fit, or a trace stored before the
/// lead's note was recorded, adds nothing.
/// </summary>
public sealed class WeakFitWordingTests
{
    [Theory]
    [InlineData("en", "The fit with the ideal customer profile is weak: the company is a small business (SMB band), its industry (retail) is not one the profile lists.")]
    [InlineData("fr", "L'adéquation au profil client idéal est faible : la société est une petite entreprise (tranche SMB), son secteur (retail) ne figure pas dans le profil.")]
    public void Render_SmallCompanyOutsideTheProfile_SaysSizeAndIndustry(string locale, string expected)
    {
        var routed = ExplainScenarios.Route("small company outside the ideal customer profile");

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = Render(routed.Decision, routed.Trace, audience, locale);

            var step = Assert.Single(steps, s => s.Key == "fit.weak");
            Assert.Equal(expected, step.Text);
            Assert.Equal("treatment", steps[steps.IndexOf(step) - 1].Key);
        }
    }

    [Theory]
    [InlineData("en", "The fit with the ideal customer profile is weak: the lead score (20) is below the low band.")]
    [InlineData("fr", "L'adéquation au profil client idéal est faible : le score du lead (20) est en dessous de la tranche basse.")]
    public void Render_LowScore_SaysTheScore(string locale, string expected)
    {
        var routed = ExplainScenarios.Route("low score");

        Assert.Equal(expected, Assert.Single(Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale), s => s.Key == "fit.weak").Text);
    }

    [Fact]
    public void Render_StrongFit_SaysNothingMore()
    {
        var routed = ExplainScenarios.Route("hot lead");

        Assert.DoesNotContain(Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en"), s => s.Key == "fit.weak");
    }

    [Fact]
    public void Render_StoredTrace_SaysTheSame()
    {
        var routed = ExplainScenarios.Route("small company outside the ideal customer profile");
        var vocabulary = new TraceVocabulary(RoutingKit.RuleSet.CreateRouter().RuleNames);

        var stored = TraceBinary.Decode(TraceBinary.Encode(routed.Trace, vocabulary), vocabulary);

        Assert.Equal(
            Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en").Single(s => s.Key == "fit.weak").Text,
            Render(routed.Decision, stored, ExplanationAudience.Rep, "en").Single(s => s.Key == "fit.weak").Text);
    }

    [Fact]
    public void Render_TraceWithoutTheLeadsNote_SaysOnlyTheTreatmentsWeakFit()
    {
        var routed = ExplainScenarios.Route("small company outside the ideal customer profile");
        var details = routed.Trace.Details!;
        var older = routed.Trace with { Details = details with { Notes = details.Notes.Where(n => n.Type != "Lead").ToList() } };

        var steps = Render(routed.Decision, older, ExplanationAudience.Ops, "en");

        Assert.DoesNotContain(steps, s => s.Key == "fit.weak");
        Assert.Contains("weak fit", Assert.Single(steps, s => s.Key == "treatment").Text, StringComparison.Ordinal);
    }

    private static List<ExplanationStep> Render(RoutingDecision decision, RoutingTrace trace, ExplanationAudience audience, string locale) =>
        ExplanationRenderer.Render(decision, trace, audience, locale).Steps.ToList();
}
