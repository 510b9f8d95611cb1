using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Scenarios;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A Paris lead in US West, whose members work from Los Angeles, goes to the territory's backup in
/// London: the rep and ops read why, in both languages, with no member said to be excluded.
/// </summary>
public sealed class TimeZoneBackupWordingTests
{
    [Theory]
    [InlineData(ExplanationAudience.Rep, "en", "Every available member of US West works too far from the lead's time zone; as the territory's backup, in a closer zone, you take the lead.")]
    [InlineData(ExplanationAudience.Rep, "fr", "Tous les membres disponibles d'US West travaillent trop loin du fuseau horaire du lead ; vous assurez la suppléance du territoire depuis un fuseau plus proche et prenez le lead.")]
    [InlineData(ExplanationAudience.Ops, "en", "Every eligible member of US West is over the time-zone backup offset from the lead; the territory's backup Oliver Hughes, in a zone closer to the lead's than any of theirs, takes the lead.")]
    [InlineData(ExplanationAudience.Ops, "fr", "Tous les membres éligibles d'US West dépassent l'écart de fuseau horaire toléré avec le lead ; Oliver Hughes, qui assure la suppléance du territoire depuis un fuseau plus proche de celui du lead que ceux de tous les membres, prend le lead.")]
    public void Render_SaysTheMembersAreTooFarAndTheBackupIsCloser(ExplanationAudience audience, string locale, string expected)
    {
        var routed = CapacityScenarioTests.UsWestBackedUpFromLondon().Route(CapacityScenarioTests.ParisLeadInUsWest);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "decision.Fallback.TimeZoneBackup." + audience.ToString().ToLowerInvariant()).Text);
        Assert.DoesNotContain(explanation.Steps, s => s.Key is "territory.members.excluded" or "territory.others.excluded" || s.Key.StartsWith("flag.", StringComparison.Ordinal));
    }
}
