using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Demo requests and high-intent MQLs count their SLA in the lead's working hours (09:00-18:00 on
/// weekdays by default): a lead of the night is due from the next opening, and the explanation says so.
/// </summary>
public sealed class SlaBusinessHoursTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static Lead DemoRequest => Leads.InParis("ceo@night.fr") with { IntentSignals = [IntentSignal.DemoRequest] };

    [Fact]
    public void Route_DemoRequestAtNight_IsDueFifteenMinutesAfterTheOpening()
    {
        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 24, 2, 0, 0, Paris)).Route(DemoRequest);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 15, 0, Paris), routed.Decision.RespondBy);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, Paris), routed.Decision.EscalateAt);
    }

    [Fact]
    public void Route_MqlOnFridayAfternoon_CarriesTheRestToMonday()
    {
        var lead = Leads.InParis("cfo@night.fr") with { IntentSignals = [IntentSignal.ContactSalesForm] };

        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 27, 16, 0, 0, Paris)).Route(lead);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 11, 0, 0, Paris), routed.Decision.RespondBy); // 2 h on Friday, 2 on Monday
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 0, 0, Paris), routed.Decision.EscalateAt);
    }

    [Fact]
    public void Route_LeadWithoutTimeZone_CountsInItsCountrysZone()
    {
        // 08:30 UTC is 09:30 in Paris: inside the working day there, before it in UTC.
        var lead = DemoRequest with { TimeZone = null };

        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero)).Route(lead);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 45, 0, TimeSpan.Zero), routed.Decision.RespondBy);
    }

    [Fact]
    public void Route_PolicyWithCalendarDemoRequests_RunsThroughTheNight()
    {
        var night = new DateTimeOffset(2026, 11, 24, 2, 0, 0, Paris);
        var scenario = RoutingKit.Demo().At(night).WithPolicy(p => p with
        {
            Sla = p.Sla with { Rules = [new SlaRule(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), BusinessHours: false)] },
        });

        var routed = scenario.Route(DemoRequest);

        Assert.Equal(night.AddMinutes(15), routed.Decision.RespondBy);
        Assert.Null(routed.Trace.Details!.Sla!.BusinessHoursZone);
    }

    [Theory]
    [InlineData("en", "Respond within 15 minutes of business hours in Europe/Paris (demo request; the clock stops outside them): by 2026-11-24 09:15 (Europe/Paris); without a response it is escalated at 2026-11-24 09:30 (Europe/Paris).")]
    [InlineData("fr", "Répondez sous 15 minutes d'heures ouvrées, fuseau Europe/Paris (demande de démo ; le délai ne court pas hors de ces heures) : avant le 24/11/2026 à 09h15 (Europe/Paris) ; sans réponse, le lead est escaladé le 24/11/2026 à 09h30 (Europe/Paris).")]
    public void Render_NightLead_SaysTheClockCountsBusinessHours(string locale, string expected)
    {
        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 24, 2, 0, 0, Paris)).Route(DemoRequest);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "sla.businessHours").Text);
    }

    [Fact]
    public void Render_LeadInsideTheWorkingDay_KeepsThePlainWording()
    {
        var routed = RoutingKit.Demo().Route(DemoRequest); // Monday 10:00 in Paris

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.Contains(explanation.Steps, s => s.Key == "sla");
        Assert.DoesNotContain(explanation.Steps, s => s.Key == "sla.businessHours");
        Assert.Equal("Europe/Paris", routed.Trace.Details!.Sla!.BusinessHoursZone);
    }

    [Fact]
    public void Decode_EncodedTrace_KeepsTheWorkingHoursZone()
    {
        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 24, 2, 0, 0, Paris)).Route(DemoRequest);

        var decoded = TraceBinary.Decode(TraceBinary.Encode(routed.Trace));

        Assert.Equal("Europe/Paris", decoded.Details!.Sla!.BusinessHoursZone);
    }
}
