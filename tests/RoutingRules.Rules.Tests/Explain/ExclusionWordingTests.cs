using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Exclusions as people read them: OPS lines word their figures (the trace keeps them as the rules
/// wrote them: enum names, hours as decimals); the rep learns why others were set aside only in kinds, never whose or by how much.
/// </summary>
public sealed class ExclusionWordingTests
{
    [Theory]
    [InlineData("en", "Victor Recent (ae-paris-cool) is excluded: cooling down since the last lead at 2026-11-23 09:55 (Europe/Paris); the cool-down lasts 10 minutes.")]
    [InlineData("fr", "Exclusion de Victor Recent (ae-paris-cool) : en pause depuis son dernier lead, le 23/11/2026 à 09h55 (Europe/Paris) ; la pause dure 10 minutes.")]
    public void Render_CoolingDownMember_SaysWhenInTheCataloguesDateStyleAndTheCoolDownInMinutes(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.CoolDown").Text);
        var stored = routed.Trace.Details!.Candidates.SelectMany(c => c.Exclusions).Single(x => x.Rule == "Capacity.CoolDown");
        Assert.Equal(("2026-11-23T09:55:00+01:00", "00:10:00"), (stored.Actual, stored.Limit));
    }

    [Theory]
    [InlineData("12", "5", "exclusion.other", "is excluded: no experience of the lead's industry (12, limit 5).")]
    [InlineData("12", "", "exclusion.other.actual", "is excluded: no experience of the lead's industry (12).")]
    [InlineData("", "healthcare", "exclusion.other.limit", "is excluded: no experience of the lead's industry (limit healthcare).")]
    [InlineData("", "", "exclusion.other.reason", "is excluded: no experience of the lead's industry.")]
    public void Render_ExclusionByARuleWithoutASentence_ShowsOnlyTheFiguresItRecorded(string actual, string limit, string key, string expectedEnd)
    {
        var routed = WithExclusion(RoutingKit.Demo().Route(Leads.InParis("ceo@paris-shop.fr")),
            new TraceCandidateExclusion("Capacity.NewRuleWithoutASentence", "no experience of the lead's industry", actual, limit));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.EndsWith(expectedEnd, Assert.Single(explanation.Steps, s => s.Key.StartsWith("exclusion.", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.Single(explanation.Steps, s => s.Key == key);
        ExplanationCheck.Verify(routed);
    }

    [Theory]
    [InlineData("en", "is excluded: absent when the lead arrived, 2026-11-23 10:00 (Europe/Paris).")]
    [InlineData("fr", " : en absence à l'arrivée du lead, le 23/11/2026 à 10h00 (Europe/Paris).")]
    public void Render_AbsentMember_SaysWhenInTheCataloguesDateStyle(string locale, string expectedEnd)
    {
        var routed = RoutingKit.Demo().Route(Leads.From("ceo@banque-neuve.fr") with { Country = "FR", Industry = "financial services" });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.EndsWith(expectedEnd, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.Absence").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RepStatus.InMeeting, "en", "Wendy Busy (ae-paris-meeting) is excluded: in a meeting (status when the lead arrived).")]
    [InlineData(RepStatus.InMeeting, "fr", "Exclusion de Wendy Busy (ae-paris-meeting) : en réunion (statut à l'arrivée du lead).")]
    [InlineData(RepStatus.Away, "en", "Wendy Busy (ae-paris-meeting) is excluded: away (status when the lead arrived).")]
    [InlineData(RepStatus.Away, "fr", "Exclusion de Wendy Busy (ae-paris-meeting) : en absence (statut à l'arrivée du lead).")]
    public void Render_UnavailableMember_SaysTheStatusInWords(RepStatus status, string locale, string expected)
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-meeting", r => r with { Status = status });
        var routed = scenario.Route(Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100"));

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.UnavailableStatus").Text);
    }

    [Theory]
    [InlineData("en", "Yasmine Behind (ae-paris-lowquota) is excluded: does not speak the lead's language (English); speaks French, Arabic.")]
    [InlineData("fr", "Exclusion de Yasmine Behind (ae-paris-lowquota) : ne parle pas la langue du lead (anglais) ; parle français, arabe.")]
    public void Render_MemberWithoutTheLeadsLanguage_NamesTheLanguages(string locale, string expected)
    {
        // The lines said "speaks fr,ar, the lead needs en": codes, and in French an English-looking "en".
        var routed = RoutingKit.Demo().Route(EnglishSpeakingLead());

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.LanguagePreference").Text);
    }

    [Fact]
    public void Render_LanguageWithoutAName_ShowsItsCode()
    {
        var routed = RoutingKit.Demo()
            .WithRep("ae-paris-lowquota", r => r with { Languages = ["xx"] })
            .Route(EnglishSpeakingLead());

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Equal("Yasmine Behind (ae-paris-lowquota) is excluded: does not speak the lead's language (English); speaks xx.",
            Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.LanguagePreference").Text);
    }

    // The kit's French leads speak French; this one asks for English, which Yasmine Behind does not speak.
    private static Domain.Routing.Lead EnglishSpeakingLead() =>
        Leads.InFrance("ceo@boulogne-retail.fr", "92", "Ile-de-France", "Boulogne-Billancourt", "92100") with { PreferredLanguage = "en" };

    [Theory]
    [InlineData("Asia/Kolkata", "en", "Laura Chen (ae-us-west-1) is excluded: 5 hours 30 minutes from the lead's time zone, limit 3 hours.")]
    [InlineData("Asia/Kolkata", "fr", "Exclusion de Laura Chen (ae-us-west-1) : 5 heures 30 minutes d'écart avec le fuseau du lead, limite 3 heures.")]
    [InlineData("America/Los_Angeles", "en", "Laura Chen (ae-us-west-1) is excluded: 8 hours from the lead's time zone, limit 3 hours.")]
    [InlineData("America/Los_Angeles", "fr", "Exclusion de Laura Chen (ae-us-west-1) : 8 heures d'écart avec le fuseau du lead, limite 3 heures.")]
    public void Render_DistantMember_SaysTheOffsetInHoursAndMinutes(string repZone, string locale, string expected)
    {
        var scenario = RoutingKit.Demo()
            .WithDataset(d => d with { Territories = d.Territories.Select(t => t.Id == "ter-uki" ? t with { MemberRepIds = ["ae-us-west-1", "ae-uk-1"] } : t).ToList() })
            .WithRep("ae-us-west-1", r => r with { TimeZone = repZone });
        var routed = scenario.Route(Leads.From("ceo@london-firm.co.uk") with { Country = "GB", TimeZone = "Europe/London", PreferredLanguage = "en" });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.TimeZonePreference").Text);
    }

    [Theory]
    [InlineData(120_000, "en", "Bruno Dubois (ae-paris-2) is excluded: profile mid-level account executive, required senior or director-level account executive.")]
    [InlineData(120_000, "fr", "Exclusion de Bruno Dubois (ae-paris-2) : profil account executive confirmé, requis account executive senior ou de niveau directeur.")]
    [InlineData(30_000, "en", "Alice Martin (ae-paris-1) is excluded: profile senior account executive, required mid-level account executive.")]
    [InlineData(30_000, "fr", "Exclusion d'Alice Martin (ae-paris-1) : profil account executive senior, requis account executive confirmé.")]
    public void Render_MemberWithoutTheRequiredProfile_SaysBothProfilesInWords(int dealValue, string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@deal.fr") with { EstimatedDealValue = dealValue });

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "exclusion.Capacity.RequiredSeniority").Text);
    }

    [Theory]
    [InlineData("hot lead", "en", "1 other member of Paris intra-muros was set aside: not the profile the lead needs.")]
    [InlineData("hot lead", "fr", "1 autre membre de Paris intra-muros a été écarté : profil différent de celui que demande le lead.")]
    [InlineData("territory, member at cap", "en", "1 other member of Paris intra-muros was set aside: at capacity.")]
    [InlineData("territory, member away", "en", "1 other member of Paris intra-muros was set aside: unavailable.")]
    public void Render_RepWithOthersSetAside_SaysWhyInKindsOnly(string scenario, string locale, string expected)
    {
        var routed = ExplainScenarios.Route(scenario);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "territory.others.excluded").Text);
    }

    /// <summary>The routed lead with one member that was not chosen excluded by <paramref name="exclusion"/>, as a new rule would record it.</summary>
    private static RoutedLead WithExclusion(RoutedLead routed, TraceCandidateExclusion exclusion)
    {
        var details = routed.Trace.Details!;
        var other = details.Candidates.First(c => !c.Chosen);
        var candidates = details.Candidates.Select(c => c == other ? c with { Exclusions = [exclusion] } : c).ToList();
        return new RoutedLead(routed.Outcome with { Trace = routed.Trace with { Details = details with { Candidates = candidates } } });
    }
}
