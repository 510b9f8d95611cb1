using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The distribution step, in each language: a single-member territory, and for ops the figures a
/// weighted, load-balanced, rep-score or top-performer choice compared, in the locale's words and
/// numbers, with what settled a tie.
/// </summary>
public sealed class DistributionWordingTests
{
    [Theory]
    [InlineData("en", "Jules Lefèvre (ae-nord-1) is the only available member of Hauts-de-France.")]
    [InlineData("fr", "Seul membre disponible de Hauts-de-France : Jules Lefèvre (ae-nord-1).")]
    public void Render_SingleMember_SaysSoOnceAndNoEnglishInFrench(string locale, string expected)
    {
        // The rule's own note ("first available member: ae-nord-1") repeated the sentence, in English in both languages.
        var routed = RoutingKit.Demo().Route(Leads.InFrance("ceo@lille.fr", "59", "Hauts-de-France", "Lille", "59000"));

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.Single.ops"));
    }

    [Theory]
    [InlineData("en", "Weighted distribution in Auvergne-Rhone-Alpes picked Gabriel Petit (ae-ara-1), the fewest leads today per unit of weight ((assigned today + 1) / weight): Gabriel Petit (4 + 1) / 1 = 5; Hélène Durand (4 + 1) / 1 = 5. Level with Hélène Durand: the territory's member order decided.")]
    [InlineData("fr", "La distribution pondérée d'Auvergne-Rhone-Alpes a désigné Gabriel Petit (ae-ara-1), qui avait le moins de leads du jour par unité de poids ((attribués aujourd'hui + 1) / poids) : Gabriel Petit (4 + 1) / 1 = 5 ; Hélène Durand (4 + 1) / 1 = 5. Ex aequo avec Hélène Durand, départagé par l'ordre des membres du territoire.")]
    public void Render_WeightedTieOfEqualWeights_ListsEachMembersFiguresAndTheMemberOrder(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(LyonLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.LeadsPerWeight.ops"));
    }

    [Theory]
    [InlineData("en", "Weighted distribution in Auvergne-Rhone-Alpes picked Hélène Durand (ae-ara-2), the fewest leads today per unit of weight ((assigned today + 1) / weight): Hélène Durand (9 + 1) / 2 = 5; Gabriel Petit (4 + 1) / 1 = 5. Level with Gabriel Petit: the higher weight decided.")]
    [InlineData("fr", "La distribution pondérée d'Auvergne-Rhone-Alpes a désigné Hélène Durand (ae-ara-2), qui avait le moins de leads du jour par unité de poids ((attribués aujourd'hui + 1) / poids) : Hélène Durand (9 + 1) / 2 = 5 ; Gabriel Petit (4 + 1) / 1 = 5. Ex aequo avec Gabriel Petit, départagé par le poids le plus élevé.")]
    public void Render_WeightedTieOfDifferentWeights_SaysTheWeightDecided(string locale, string expected)
    {
        var routed = RoutingKit.Demo()
            .WithRep("ae-ara-2", r => r with { PerformanceWeight = 2 })
            .WithLive(l => l.SetWorkload("ae-ara-2", new RepWorkload { OpenLeads = 33, AssignedToday = 9, OverdueFollowUps = 3 }))
            .Route(LyonLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.LeadsPerWeight.ops"));
    }

    [Theory]
    [InlineData("en", "Weighted distribution in Auvergne-Rhone-Alpes picked Hélène Durand (ae-ara-2), the fewest leads today per unit of weight ((assigned today + 1) / weight): Hélène Durand (4 + 1) / 2.5 = 2; Gabriel Petit (4 + 1) / 1 = 5.")]
    [InlineData("fr", "La distribution pondérée d'Auvergne-Rhone-Alpes a désigné Hélène Durand (ae-ara-2), qui avait le moins de leads du jour par unité de poids ((attribués aujourd'hui + 1) / poids) : Hélène Durand (4 + 1) / 2,5 = 2 ; Gabriel Petit (4 + 1) / 1 = 5.")]
    public void Render_WeightedWithoutTie_SaysNothingOfATie(string locale, string expected)
    {
        var routed = RoutingKit.Demo().WithRep("ae-ara-2", r => r with { PerformanceWeight = 2.5 }).Route(LyonLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.LeadsPerWeight.ops"));
    }

    [Theory]
    [InlineData("en", "Load balancing in Ile-de-France picked Yasmine Behind (ae-paris-lowquota), the lowest workload score (open leads x 1 + assigned today x 2 + overdue follow-ups x 3 + active opportunities x 0.5): Yasmine Behind 6; Bruno Dubois 15.5; Chloé Bernard 26; Alice Martin 42.")]
    [InlineData("fr", "L'équilibrage de charge d'Ile-de-France a désigné Yasmine Behind (ae-paris-lowquota), au score de charge le plus bas (leads ouverts x 1 + attribués aujourd'hui x 2 + relances en retard x 3 + opportunités actives x 0,5) : Yasmine Behind 6 ; Bruno Dubois 15,5 ; Chloé Bernard 26 ; Alice Martin 42.")]
    public void Render_LoadBalanced_ListsEveryEligibleMembersScoreWithThePolicysWeights(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(IdfLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.WorkloadScore.ops"));
    }

    [Fact]
    public void Render_LoadBalancedUnderAnotherPolicy_ShowsThatPolicysWeights()
    {
        var routed = RoutingKit.Demo()
            .WithPolicy(p => p with { Capacity = p.Capacity with { WorkloadWeights = p.Capacity.WorkloadWeights with { AssignedToday = 4 } } })
            .Route(IdfLead());

        Assert.Contains("assigned today x 4 +", OpsStep(routed, "en", "distribution.figures.WorkloadScore.ops"));
    }

    [Theory]
    [InlineData("en", "Rep score in Healthcare France picked Hélène Durand (ae-ara-2), the highest score (each criterion from 0 to 1 times its weight: geography 10, industry experience 8, capacity 6, response time 5, conversion 7, lead source 4): Hélène Durand 24.47 = 10 + 8 + 2.04 + 2.68 + 1.75 + 0; Alice Martin 22.9 = 10 + 8 + 1.92 + 1.44 + 1.54 + 0.")]
    [InlineData("fr", "Le score commercial dans Healthcare France a désigné Hélène Durand (ae-ara-2), au meilleur score (chaque critère de 0 à 1 multiplié par son poids : géographie 10, expérience du secteur 8, capacité 6, délai de réponse 5, conversion 7, source du lead 4) : Hélène Durand 24,47 = 10 + 8 + 2,04 + 2,68 + 1,75 + 0 ; Alice Martin 22,9 = 10 + 8 + 1,92 + 1,44 + 1,54 + 0.")]
    public void Render_RepScore_ListsWhatEachCriterionAdded(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(HealthcareLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.RepScore.ops"));
    }

    [Fact]
    public void Figures_RepScore_EachRowsCriteriaTimesTheWeightsMakeItsScore()
    {
        // The explanation tells criterion x weight per criterion as the parts of the score: they must add up.
        var figures = RoutingKit.Demo().Route(HealthcareLead()).Trace.Details!.Distribution!.Figures!;

        Assert.Equal(2, figures.Rows.Count);
        foreach (var row in figures.Rows)
        {
            Assert.Equal(row.Compared, row.Terms.Select((t, i) => t * figures.Weights[i]).Sum(), 9);
        }
    }

    [Theory]
    [InlineData("en", "The referral went to the top performer of Paris intra-muros, Alice Martin (ae-paris-1), the highest performance weight: Alice Martin weight 2, conversion 22%; Bruno Dubois weight 1, conversion 14.8%.")]
    [InlineData("fr", "La recommandation est allée au meilleur commercial de Paris intra-muros, Alice Martin (ae-paris-1), au poids de performance le plus élevé : Alice Martin poids 2, conversion 22 % ; Bruno Dubois poids 1, conversion 14,8 %.")]
    public void Render_ReferralToTheTopPerformer_ListsWeightsAndConversionRates(string locale, string expected)
    {
        var routed = RoutingKit.Demo().Route(ReferralLead());

        Assert.Equal(expected, OpsStep(routed, locale, "distribution.figures.TopPerformer.ops"));
    }

    [Theory]
    [InlineData("en", "A referral goes to the top performer of Paris intra-muros: you.")]
    [InlineData("fr", "Un lead recommandé revient à qui a les meilleurs résultats de Paris intra-muros : vous.")]
    public void Render_ReferralToTheTopPerformerForTheRep_SaysItWasAReferral(string locale, string expected)
    {
        // Its strategy is the weighted one: the rep was told "the weighted distribution picked you".
        var routed = RoutingKit.Demo().Route(ReferralLead());

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("distribution.", StringComparison.Ordinal)).Text);
    }

    [Theory]
    [InlineData(ExplanationAudience.Ops, "Alice Martin (ae-paris-1) is the only available member of Ile-de-France.")]
    [InlineData(ExplanationAudience.Rep, "You are the only available member of Ile-de-France.")]
    public void Render_LoadBalancedWithOneEligibleMember_SaysItWasTheOnlyOne(ExplanationAudience audience, string expected)
    {
        // "The lightest workload" of one member would mislead: the others were excluded.
        var routed = RoutingKit.Demo()
            .WithRep("ae-paris-lowquota", r => r with { Status = RepStatus.Away })
            .WithRep("ae-paris-2", r => r with { Status = RepStatus.Away })
            .WithRep("ae-paris-3", r => r with { Status = RepStatus.Away })
            .Route(IdfLead());
        Assert.Single(routed.Trace.Details!.Distribution!.Figures!.Rows);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, "en");

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key.StartsWith("distribution.", StringComparison.Ordinal)).Text);
    }

    [Theory]
    [InlineData("en", ExplanationAudience.Ops, "Small-deal pool of Ile-de-France (its junior account executives and SDRs take small deals in turn, whatever the territory's strategy, on a cursor of their own): cursor 0 gave Chloé Bernard (ae-paris-3); next cursor 3.")]
    [InlineData("fr", ExplanationAudience.Ops, "Rotation mutualisée des petites affaires d'Ile-de-France (ses account executives juniors et SDR les prennent à tour de rôle, quelle que soit la stratégie du territoire, sur un curseur qui leur est propre) : le curseur 0 a désigné Chloé Bernard (ae-paris-3) ; curseur suivant 3.")]
    [InlineData("en", ExplanationAudience.Rep, "It was your turn in the small-deal pool of Ile-de-France: small deals go to its junior account executives and SDRs in turn.")]
    [InlineData("fr", ExplanationAudience.Rep, "C'était votre tour dans la rotation mutualisée des petites affaires d'Ile-de-France : les petites affaires vont à tour de rôle à ses account executives juniors et SDR.")]
    public void Render_SmallDealPool_SaysItWasThePoolsRotationNotTheTerritorysStrategy(string locale, ExplanationAudience audience, string expected)
    {
        // Ile-de-France is load-balanced: "the lightest workload" would be wrong.
        var routed = RoutingKit.Demo().Route(IdfLead() with { EstimatedDealValue = 4_000 }).Fired("Distribution.SmallDealPooledRoundRobin");
        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, locale);

        var step = Assert.Single(explanation.Steps, s => s.Key.StartsWith("distribution.", StringComparison.Ordinal));
        Assert.Equal("distribution.rule.Distribution.SmallDealPooledRoundRobin." + (audience == ExplanationAudience.Ops ? "ops" : "rep"), step.Key);
        Assert.Equal(expected, step.Text);
    }

    private static Lead LyonLead() =>
        Leads.InFrance("a@newco-lyon.fr", "69") with { EmployeeCount = 120, IntentSignals = [IntentSignal.DemoRequest] };

    private static Lead IdfLead() =>
        Leads.InFrance("d@boulangerie-3.fr", "92") with { Industry = "retail", EmployeeCount = 120, PreferredLanguage = "fr" };

    private static Lead HealthcareLead() =>
        Leads.InParis("c@clinique-x.fr") with { Industry = "healthcare", EmployeeCount = 80, Score = 80 };

    private static Lead ReferralLead() =>
        Leads.InParis("new@unknown-startup.fr") with { Source = LeadSource.Referral, Referrer = "friend@nowhere-known.fr" };

    private static string OpsStep(RoutedLead routed, string locale, string key)
    {
        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
        return Assert.Single(explanation.Steps, s => s.Key == key).Text;
    }
}
