using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// A company name in the manual-review band matches no account: the explanation names the account
/// it resembles and how closely, says the lead was not attached to it, and tells ops to check it
/// and the rep that ops will; figures come from the trace's facts, not the rule's English reason.
/// </summary>
public sealed class ManualReviewWordingTests
{
    [Theory]
    [InlineData(ExplanationAudience.Ops, "en", "The company name MidCo resembles the account Microsoft (similarity 0.79, in the manual-review band below the match threshold): the lead was not attached to it and was routed as a new company; check the match by hand.")]
    [InlineData(ExplanationAudience.Ops, "fr", "Le nom d'entreprise MidCo ressemble au compte Microsoft (similarité 0,79, dans la zone de vérification manuelle, sous le seuil de correspondance) : le lead ne lui a pas été rattaché et a été routé comme une nouvelle entreprise ; vérifiez la correspondance à la main.")]
    [InlineData(ExplanationAudience.Rep, "en", "This lead may belong to the account Microsoft (company name MidCo, similarity 0.79); ops will confirm the match.")]
    [InlineData(ExplanationAudience.Rep, "fr", "Ce lead appartient peut-être au compte Microsoft (nom d'entreprise MidCo, similarité 0,79) ; les ops confirmeront la correspondance.")]
    public void Render_NameInTheReviewBand_NamesTheAccountAndItsSimilarity(ExplanationAudience audience, string locale, string expected)
    {
        var routed = ExplainScenarios.Route("similar name needing review").ForAccount(null).Flagged(RoutingFlags.ManualReviewMatch);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("flag.ManualReviewMatch", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void Render_ScoreJustBelowTheMatchThreshold_IsNotRoundedUpToIt()
    {
        // 0.7985 failed the 0.80 match threshold: rounded it would read 0.8, the threshold it missed.
        var routed = ExplainScenarios.Route("similar name needing review");
        Assert.Equal(0.7985, routed.Trace.Details!.Accounts.Single(a => a.Name == "Microsoft").Score, 4);

        var text = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en").ToText();

        Assert.Contains("similarity 0.79,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.8", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExplanationAudience.Ops, false)]
    [InlineData(ExplanationAudience.Rep, false)]
    [InlineData(ExplanationAudience.Ops, true)]
    public void Render_SeveralNamesInTheReviewBand_NamesTheMostSimilar(ExplanationAudience audience, bool reverseFirings)
    {
        // Microsoft (0.7985) and Middle Co (0.79) are both in the band, each flagged by a firing of its own.
        var scenario = RoutingKit.Demo().WithDataset(d => d with { Accounts = [.. d.Accounts, new Account { Id = "acc-middle", Name = "Middle Co", Domains = ["middle-co.com"] }] });
        var routed = scenario.Route(Leads.InFrance("b@midco.fr", "33") with { CompanyName = "MidCo" }).Fired("Matching.FuzzyNameNeedsReview");
        var details = routed.Trace.Details!;
        Assert.Equal(2, details.Firings.Count(f => f.Rule == "Matching.FuzzyNameNeedsReview"));
        // Whichever fired first: the most similar is named, not the first or the last flagged.
        var trace = reverseFirings ? routed.Trace with { Details = details with { Firings = details.Firings.Reverse().ToList() } } : routed.Trace;

        var step = Assert.Single(ExplanationRenderer.Render(routed.Decision, trace, audience, "en").Steps, s => s.Key.StartsWith("flag.ManualReviewMatch", StringComparison.Ordinal));

        Assert.Contains("the account Microsoft (", step.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Middle Co", step.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The account match is uncertain and needs a manual check.")]
    [InlineData("fr", "La correspondance avec le compte est incertaine et doit être vérifiée à la main.")]
    public void Render_TraceWithoutTheFlaggingFiring_KeepsTheGeneralSentence(string locale, string expected)
    {
        // Traces stored before the details (or whose firings were dropped) cannot say which account.
        var routed = ExplainScenarios.Route("similar name needing review");
        var trace = routed.Trace with { Details = routed.Trace.Details! with { Firings = [], Facts = [] } };

        foreach (var audience in new[] { ExplanationAudience.Ops, ExplanationAudience.Rep })
        {
            var explanation = ExplanationRenderer.Render(routed.Decision, trace, audience, locale);

            var step = Assert.Single(explanation.Steps, s => s.Key.StartsWith("flag.ManualReviewMatch", StringComparison.Ordinal));
            Assert.Equal(("flag.ManualReviewMatch", expected), (step.Key, step.Text));
        }
    }
}
