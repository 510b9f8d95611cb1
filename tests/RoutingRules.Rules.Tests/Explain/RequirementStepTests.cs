using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A lead score or deal size that asks for a kind of rep is told beside the treatment, with the
/// lead's figure and the policy's threshold; a band without a threshold, or a score that the deal
/// size outranked, is not.
/// </summary>
public sealed class RequirementStepTests
{
    [Theory]
    [InlineData("hot lead", "en", "The lead score is 85, above 80: the policy asks for a senior account executive.")]
    [InlineData("hot lead", "fr", "Le score du lead est de 85, au-dessus de 80 : la politique demande un account executive senior.")]
    [InlineData("large deal", "en", "The estimated deal value is 120000 EUR, above 50000 EUR: the policy asks for a senior account executive.")]
    [InlineData("low score", "en", "The lead score is 20, below 50: the policy asks for an SDR first.")]
    public void Render_LeadWhoseFigureAsksForAProfile_SaysTheFigureAndTheThreshold(string scenario, string locale, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale).Steps.ToList();

            var step = Assert.Single(steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
            Assert.Equal(expected, step.Text);
            Assert.Equal("treatment", steps[steps.IndexOf(step) - 1].Key);
        }
    }

    [Fact]
    public void Render_HighScoreOutrankedByAMidSizeDeal_SaysNoRequirement()
    {
        // The mid-size deal band asks for a mid-level AE and speaks before the score; it has no threshold to tell.
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@both.fr") with { Score = 90, EstimatedDealValue = 20_000 });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Contains("IntentFit.HighScoreSeniorAe", routed.Trace.FiredRules);
        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
    }
}
