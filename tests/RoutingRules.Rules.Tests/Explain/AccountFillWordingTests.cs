using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// What a lead took from its account because it gave none is told to the rep and to ops, with the
/// values and the account, right after the account match; a lead that gave its own says nothing more.
/// (The stored trace keeps the lead's note: TraceBinaryTests round-trips every explain scenario.)
/// </summary>
public sealed class AccountFillWordingTests
{
    [Theory]
    [InlineData("en", "Company size 1,500 employees, industry financial services and country FR, from the account Granit Finance SARL (the lead gave none).")]
    [InlineData("fr", "Effectif 1 500 employés, secteur financial services et pays FR, d'après le compte Granit Finance SARL (le lead n'en donnait pas).")]
    public void Render_EmailOnlyLeadOfAKnownProspect_SaysWhatCameFromTheAccount(string locale, string expected)
    {
        var routed = ExplainScenarios.Route("e-mail-only lead of a known prospect").InTerritory("ter-finserv-emea");

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = Render(routed.Decision, routed.Trace, audience, locale);

            var step = Assert.Single(steps, s => s.Key == "fill");
            Assert.Equal(expected, step.Text);
            Assert.Equal("match.account", steps[steps.IndexOf(step) - 1].Key);
        }
    }

    [Theory]
    [InlineData("en", "Company size 1,500 employees, from the account Granit Finance SARL (the lead gave none).")]
    [InlineData("fr", "Effectif 1 500 employés, d'après le compte Granit Finance SARL (le lead n'en donnait pas).")]
    public void Render_LeadMissingOnlyItsSize_SaysTheSizeAlone(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("cfo@granitfinance.fr") with { Industry = "financial services" });

        Assert.Equal(expected, Assert.Single(Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale), s => s.Key == "fill").Text);
    }

    [Fact]
    public void Render_LeadGivingItsOwnFields_SaysNothingMore()
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("cfo@granitfinance.fr") with { Industry = "financial services", EmployeeCount = 40 });

        Assert.DoesNotContain(Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en"), s => s.Key == "fill");
    }

    private static List<ExplanationStep> Render(RoutingDecision decision, RoutingTrace trace, ExplanationAudience audience, string locale) =>
        ExplanationRenderer.Render(decision, trace, audience, locale).Steps.ToList();
}
