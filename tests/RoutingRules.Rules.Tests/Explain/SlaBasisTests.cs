using RoutingRules.Domain.Explain;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>The SLA step names what the SLA was applied for, not only the lead type whose SLA it borrowed.</summary>
public sealed class SlaBasisTests
{
    [Theory]
    [InlineData("territory round-robin", "en", "Respond within 5 business days (no specific lead type: the content download SLA, the least urgent, applies), by ")]
    [InlineData("executive contact", "en", "Respond within 15 minutes (executive contact: the demo request SLA applies), by ")]
    [InlineData("executive contact", "fr", "Répondez sous 15 minutes (contact dirigeant : le SLA du type demande de démo s'applique), avant le ")]
    [InlineData("demo request from a customer", "en", "Respond within 15 minutes (demo request), by ")]
    public void Render_RoutedLead_SlaStepSaysWhyThisSla(string scenario, string locale, string expectedStart)
    {
        var routed = ExplainScenarios.Route(scenario);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.StartsWith(expectedStart, Assert.Single(explanation.Steps, s => s.Key == "sla").Text, StringComparison.Ordinal);
    }
}
