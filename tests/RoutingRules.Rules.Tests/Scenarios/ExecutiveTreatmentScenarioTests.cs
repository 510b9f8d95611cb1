using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// An executive contact is hot with the shorter SLA (DOMAIN.md §2), so its treatment is the table's
/// high-intent row whatever its signals: the rep is not told both "answer in 15 minutes" and "marketing nurture".
/// </summary>
public sealed class ExecutiveTreatmentScenarioTests
{
    [Theory]
    [InlineData(ContactLevel.CLevel, IntentSignal.NewsletterSignup, 200, Treatment.SeniorAeImmediate)] // low intent, strong fit: not "nurture with monitoring"
    [InlineData(ContactLevel.VicePresident, IntentSignal.WebinarAttendance, 200, Treatment.SeniorAeImmediate)] // medium, strong: not the SDR track
    [InlineData(ContactLevel.CLevel, IntentSignal.EventBadgeScan, 10, Treatment.SdrQualification)] // low intent, weak fit: not marketing nurture
    [InlineData(ContactLevel.Director, IntentSignal.NewsletterSignup, 200, Treatment.NurtureWithMonitoring)] // not an executive: the table
    public void Route_ExecutiveContact_GetsASalesTreatment(ContactLevel level, IntentSignal signal, int employees, Treatment treatment)
    {
        var lead = Leads.InParis("someone@board.fr") with { ContactLevel = level, IntentSignals = [signal], EmployeeCount = employees };

        var routed = RoutingKit.Demo().Route(lead);

        Assert.Equal(treatment, routed.Decision.Treatment);
        Assert.Equal(level is ContactLevel.CLevel or ContactLevel.VicePresident, routed.Trace.FiredRules.Contains("IntentFit.ExecutiveSalesTreatment"));
    }

    [Fact]
    public void Route_ExecutiveWithHighIntent_KeepsTheTableRow()
    {
        var lead = Leads.InParis("ceo@board.fr") with { ContactLevel = ContactLevel.CLevel, IntentSignals = [IntentSignal.DemoRequest], EmployeeCount = 200 };

        var routed = RoutingKit.Demo().Route(lead).Fired("IntentFit.HighIntentStrongFit");

        Assert.Equal(Treatment.SeniorAeImmediate, routed.Decision.Treatment);
        Assert.DoesNotContain("IntentFit.ExecutiveSalesTreatment", routed.Trace.FiredRules);
    }

    [Fact]
    public void Route_ExecutiveOfACompetitorWhenPolicyDisqualifies_IsStillDisqualified()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Accounts = p.Accounts with { CompetitorHandling = CompetitorHandling.Disqualify } });

        var routed = scenario.Route(Leads.From("ceo@rivalsoft.com") with { ContactLevel = ContactLevel.CLevel })
            .Fired("IntentFit.ExecutiveSalesTreatment").Fired("Accounts.CompetitorDisqualify");

        Assert.Equal(Treatment.Disqualify, routed.Decision.Treatment);
    }

    [Theory]
    [InlineData("en", "Treatment: senior account executive, immediate response: an executive contact is worked by sales as a high-intent lead is (low intent, strong fit).")]
    [InlineData("fr", "Traitement : account executive senior, réponse immédiate : un contact dirigeant est pris en charge par les ventes comme un lead à forte intention (intention faible, adéquation forte).")]
    public void Render_ExecutiveTreatment_SaysWhyTheTableWasSetAside(string locale, string expected)
    {
        var lead = Leads.InParis("ceo@board.fr") with { ContactLevel = ContactLevel.CLevel, IntentSignals = [IntentSignal.NewsletterSignup], EmployeeCount = 200 };
        var routed = RoutingKit.Demo().Route(lead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "treatment.rule.IntentFit.ExecutiveSalesTreatment").Text);
    }
}
