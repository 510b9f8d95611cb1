using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>Why a lead is hot, in the reader's language: the catalogues word each reason a rule gives (hot.&lt;reason&gt;).</summary>
public sealed class HotReasonWordingTests
{
    [Theory]
    [InlineData(ContactLevel.CLevel, "en", "This is a hot lead (C-level contact).")]
    [InlineData(ContactLevel.CLevel, "fr", "C'est un lead chaud (contact de la direction générale).")]
    [InlineData(ContactLevel.VicePresident, "en", "This is a hot lead (vice-president contact).")]
    [InlineData(ContactLevel.VicePresident, "fr", "C'est un lead chaud (contact vice-président).")]
    public void Render_ExecutiveContact_WordsTheContactLevel(ContactLevel level, string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@globex-pharma.com") with { ContactLevel = level })
            .Fired("IntentFit.ExecutivePriority").AtPriority(LeadPriority.Hot);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "priority.hot").Text);
    }

    [Theory]
    [InlineData("CEO", "en", "This is a hot lead (C-level contact, going by the job title).")]
    [InlineData("Directeur général", "fr", "C'est un lead chaud (contact de la direction générale, d'après l'intitulé du poste).")]
    [InlineData("SVP Operations", "en", "This is a hot lead (vice-president contact, going by the job title).")]
    [InlineData("Vice-président des achats", "fr", "C'est un lead chaud (contact vice-président, d'après l'intitulé du poste).")]
    public void Render_ExecutiveByTitle_SaysItWentByTheTitle(string title, string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@globex-pharma.com") with { Title = title })
            .Fired("IntentFit.ExecutivePriority").AtPriority(LeadPriority.Hot);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "priority.hot").Text);
    }
}
