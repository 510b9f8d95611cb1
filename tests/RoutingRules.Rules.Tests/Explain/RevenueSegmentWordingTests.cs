using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A segment worked out from the annual revenue (the company size unknown, the policy setting revenue
/// bands) is told to the rep and to ops, with the segment and the revenue, after the account match;
/// a segment from the employee count or the default segment says nothing more. (The stored trace
/// keeps the lead's note: TraceBinaryTests round-trips every explain scenario.)
/// </summary>
public sealed class RevenueSegmentWordingTests
{
    [Theory]
    [InlineData("en", "Segment enterprise from the annual revenue of 80,000,000 EUR (the company size was not given).")]
    [InlineData("fr", "Segment enterprise d'après le chiffre d'affaires annuel de 80 000 000 EUR (l'effectif n'était pas donné).")]
    public void Render_UnknownSizeSegmentedByRevenue_SaysSoToRepAndOps(string locale, string expected)
    {
        var routed = ExplainScenarios.Route("unknown size, segmented by revenue").InTerritory("ter-ent-fr");

        foreach (var audience in new[] { ExplanationAudience.Rep, ExplanationAudience.Ops })
        {
            var steps = Render(routed.Decision, routed.Trace, audience, locale);

            var step = Assert.Single(steps, s => s.Key == "segment.revenue");
            Assert.Equal(expected, step.Text);
            Assert.Equal("match.none", steps[steps.IndexOf(step) - 1].Key);
        }
    }

    [Fact]
    public void Trace_UnknownSizeSegmentedByRevenue_LeadNoteNamesTheRevenue()
    {
        var routed = ExplainScenarios.Route("unknown size, segmented by revenue");

        var note = Assert.Single(routed.Trace.Details!.Notes, n => n.Type == "Lead");
        Assert.Equal(("AnnualRevenue", "80000000"), (note["segmentFrom"], note["annualRevenue"]));
        Assert.Equal("Enterprise", routed.Trace.Details.Lead.Segment);
    }

    [Theory]
    [InlineData("en", "Segment SMB from the annual revenue of 2,500,000 EUR (the company size was not given).")]
    [InlineData("fr", "Segment PME d'après le chiffre d'affaires annuel de 2 500 000 EUR (l'effectif n'était pas donné).")]
    public void Render_SmallRevenueWithAFraction_SaysTheSegmentAndTheRoundedRevenue(string locale, string expected)
    {
        var routed = WithRevenueBands().Route(Leads.From("cfo@petite-boite.fr") with { Country = "FR", AnnualRevenue = 2_499_999.6m })
            .InTerritory("ter-smb-fr");

        Assert.Equal(expected, Assert.Single(Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale), s => s.Key == "segment.revenue").Text);
    }

    [Fact]
    public void Render_SizeGivenOrNoRevenueBands_SaysNothingMore()
    {
        var sized = WithRevenueBands().Route(Leads.From("cfo@sized.fr") with { Country = "FR", EmployeeCount = 200, AnnualRevenue = 80_000_000m });
        var noBands = RoutingKit.Demo().Route(Leads.From("cfo@no-bands.fr") with { Country = "FR", AnnualRevenue = 80_000_000m });

        foreach (var routed in new[] { sized, noBands })
        {
            Assert.DoesNotContain(Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en"), s => s.Key == "segment.revenue");
            Assert.DoesNotContain(routed.Trace.Details!.Notes, n => n["segmentFrom"] is not null);
        }
    }

    private static RoutingScenario WithRevenueBands() => RoutingKit.Demo().WithPolicy(p => p with
    {
        Territories = p.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m },
    });

    private static List<ExplanationStep> Render(RoutingDecision decision, RoutingTrace trace, ExplanationAudience audience, string locale) =>
        ExplanationRenderer.Render(decision, trace, audience, locale).Steps.ToList();
}
