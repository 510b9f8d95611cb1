using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// An account found by the lead's website is explained as a website match, not an e-mail one;
/// traces stored before the two were told apart (kind "Domain" for both) read as they did.
/// </summary>
public sealed class WebsiteMatchWordingTests
{
    [Theory]
    [InlineData(ExplanationAudience.Rep, "en", "The lead comes from Initech SAS, matched by its website domain initech.fr.")]
    [InlineData(ExplanationAudience.Ops, "en", "The lead comes from Initech SAS, matched by its website domain initech.fr.")]
    [InlineData(ExplanationAudience.Rep, "fr", "Le lead vient d'Initech SAS, reconnu par son domaine du site web initech.fr.")]
    [InlineData(ExplanationAudience.Ops, "fr", "Le lead vient d'Initech SAS, reconnu par son domaine du site web initech.fr.")]
    public void Render_WebsiteOnlyLead_SaysTheWebsiteMatched(ExplanationAudience audience, string locale, string expected)
    {
        var routed = RouteWebsiteOnly();

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale);

        Assert.Equal(expected, MatchStep(explanation));
    }

    [Theory]
    [InlineData("en", "The lead comes from Initech SAS, matched by its email domain initech.fr.", "Acme Corp was also found by website domain (score 1) but a more reliable match won.")]
    [InlineData("fr", "Le lead vient d'Initech SAS, reconnu par son domaine e-mail initech.fr.", "Acme Corp a aussi été trouvé par domaine du site web (score 1), mais une correspondance plus fiable l'a emporté.")]
    public void Render_WebsiteOfAnotherAccount_OpsSeeItLostToTheEmail(string locale, string matched, string rejected)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("it@initech.fr") with { Website = "acmecorp.com", Country = "FR" }).ForAccount("acc-initech");

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(matched, MatchStep(explanation));
        Assert.Equal(rejected, Assert.Single(explanation.Steps, s => s.Key == "match.rejected").Text);
    }

    [Theory]
    [InlineData("en", "The lead comes from Initech SAS, matched by its email domain initech.fr.")]
    [InlineData("fr", "Le lead vient d'Initech SAS, reconnu par son domaine e-mail initech.fr.")]
    public void Render_TraceStoredBeforeWebsiteMatches_ReadsAsBefore(string locale, string expected)
    {
        // Such a trace said "Domain" for the website's account too, and its explanation said "email domain".
        var routed = RouteWebsiteOnly();
        var details = routed.Trace.Details!;
        var stored = routed.Trace with { Details = details with { Accounts = [.. details.Accounts.Select(a => a with { Kind = "Domain" })] } };

        var explanation = ExplanationRenderer.Render(routed.Decision, stored, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, MatchStep(explanation));
    }

    private static RoutedLead RouteWebsiteOnly() =>
        RoutingKit.Demo().Route(new Lead { Id = "web-only", Website = "https://www.initech.fr/contact", Country = "FR" }).ForAccount("acc-initech");

    private static string MatchStep(Explanation explanation) => Assert.Single(explanation.Steps, s => s.Key == "match.account").Text;
}
