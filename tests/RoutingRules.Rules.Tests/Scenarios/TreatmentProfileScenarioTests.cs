using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// The intent x fit table names a kind of rep (DOMAIN.md §5: high intent and strong fit -> senior AE;
/// high intent and weak fit -> SDR qualification first), which the territory's members give way to
/// when neither the deal size nor the lead score asks for one. Paris is a round-robin of a senior
/// (ae-paris-1) and a mid-level AE (ae-paris-2); its cursor at 1 would give the lead to ae-paris-2.
/// </summary>
public sealed class TreatmentProfileScenarioTests
{
    private const string Rule = "IntentFit.TreatmentRepProfile";

    private static RoutingScenario ParisNextIsMidLevel() => RoutingKit.Demo().WithLive(l => l.SetCursor("ter-paris", 1));

    private static Lead DemoRequest(int employees = 200) =>
        Leads.InParis("cto@fast-paris.fr") with { IntentSignals = [IntentSignal.DemoRequest], EmployeeCount = employees };

    [Fact]
    public void Route_HighIntentStrongFit_GoesToTheSeniorAe()
    {
        ParisNextIsMidLevel().Route(DemoRequest())
            .InTerritory("ter-paris").WithTreatment(Treatment.SeniorAeImmediate)
            .Fired(Rule).Fired("Capacity.RequiredSeniority").Excluded("ae-paris-2", "not the required profile")
            .AssignedTo("ae-paris-1");
    }

    [Fact]
    public void Route_PolicySwitchOff_LeavesTheChoiceToTheStrategy()
    {
        var scenario = ParisNextIsMidLevel()
            .WithPolicy(p => p with { Assignment = p.Assignment with { TreatmentSetsRepProfile = false } });

        scenario.Route(DemoRequest()).WithTreatment(Treatment.SeniorAeImmediate).DidNotFire(Rule).AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_ScoreInTheStandardBand_SpeaksBeforeTheTreatment()
    {
        // A score of 50-80 asks for any AE (DOMAIN.md §5): the lead score's requirement outranks the table's.
        ParisNextIsMidLevel().Route(DemoRequest() with { Score = 65 })
            .WithTreatment(Treatment.SeniorAeImmediate).Fired(Rule).DidNotFire("Capacity.RequiredSeniority")
            .AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_NurtureTreatment_AsksForNoProfile()
    {
        var lead = Leads.InParis("reader@fast-paris.fr") with { IntentSignals = [IntentSignal.NewsletterSignup], EmployeeCount = 200 };

        ParisNextIsMidLevel().Route(lead).WithTreatment(Treatment.NurtureWithMonitoring).DidNotFire(Rule).AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_HighIntentWeakFit_GoesToAnSdrOfTheTerritory()
    {
        var scenario = ParisNextIsMidLevel().WithDataset(d => d with
        {
            Territories = d.Territories.Select(t => t.Id == "ter-paris" ? t with { MemberRepIds = ["ae-paris-1", "ae-paris-2", "sdr-fr-1"] } : t).ToList(),
        });

        scenario.Route(DemoRequest(employees: 20))
            .InTerritory("ter-paris").WithTreatment(Treatment.SdrQualification).Fired(Rule)
            .AssignedTo("sdr-fr-1");
    }

    [Fact]
    public void Route_NoMemberWithTheProfile_GoesToTheOthersAndSaysSo()
    {
        // Paris has no SDR: its AEs stay candidates, and the requirement is noted as set aside.
        var routed = ParisNextIsMidLevel().Route(DemoRequest(employees: 20))
            .InTerritory("ter-paris").WithTreatment(Treatment.SdrQualification)
            .Fired(Rule).Fired("Capacity.RequiredProfileUnavailable").AssignedTo("ae-paris-2");

        var steps = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en").Steps.Select(s => s.Key).ToList();
        Assert.Equal(["requirement.treatment.Sdr", "requirement.unmet"], steps.Where(k => k.StartsWith("requirement.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en", "The lead's treatment asks for a senior account executive (intent x fit table).")]
    [InlineData("fr", "Le traitement du lead demande un account executive senior (matrice intention x adéquation).")]
    public void Render_TreatmentRequirement_TellsTheRep(string locale, string expected)
    {
        var routed = ParisNextIsMidLevel().Route(DemoRequest());

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Contains(explanation.Steps, s => s.Key == "requirement.treatment.SeniorAe" && s.Text == expected);
    }

    [Fact]
    public void Render_OwnerWhoIsAlsoAMember_IsNotToldTheTerritoryRequirement()
    {
        // Acme Corp's owner (ae-sud-1, a mid-level member of Sud / PACA) takes its demo request as the
        // owner: what the territory would have asked of its members does not apply to her.
        var routed = RoutingKit.Demo().Route(Leads.InFrance("buyer@acmecorp.com", "13") with { IntentSignals = [IntentSignal.DemoRequest] })
            .AtLevel(RoutingLevel.CustomerOwner).AssignedTo("ae-sud-1").Fired(Rule);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("requirement.", StringComparison.Ordinal));
    }
}
