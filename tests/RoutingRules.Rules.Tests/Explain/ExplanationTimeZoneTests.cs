using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The clock an explanation quotes times on when the lead gives no time zone: the zone its SLA
/// counted working hours in, else UTC for every time alike (an escalation moved to the next opening
/// is worked out in the lead's zone and must not show that zone's offset beside UTC times).
/// </summary>
public sealed class ExplanationTimeZoneTests
{
    [Theory]
    [InlineData(ExplanationAudience.Ops)]
    [InlineData(ExplanationAudience.Rep)]
    public void Render_LeadWithoutZoneAndAnSlaInWorkingHours_QuotesTheZoneTheSlaCountedIn(ExplanationAudience audience)
    {
        // A French demo request: 15 minutes of working hours in Europe/Paris, the country's zone.
        var lead = Leads.InParis("ceo@nozone.fr") with { TimeZone = null, IntentSignals = [IntentSignal.DemoRequest] };
        var routed = RoutingKit.Demo().Route(lead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience, "en");

        Assert.Equal("Europe/Paris", routed.Trace.Details!.Sla!.BusinessHoursZone);
        Assert.EndsWith("by 2026-11-23 10:15 (Europe/Paris).", explanation.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("(UTC", string.Join("\n", explanation.Steps.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LeadWithoutZoneAndACalendarEscalationMovedToTheOpening_QuotesEveryTimeInUtc()
    {
        // A content download on Monday 26 October 2026 at 23:30 in Paris (22:30 UTC): 5 business days to
        // respond, escalated 10 calendar days later, Thursday 5 November 23:30, outside working hours:
        // at the next opening, Friday 09:00 in Paris, 08:00 UTC.
        var lead = Leads.InParis("cto@nozone.fr") with { TimeZone = null, IntentSignals = [IntentSignal.ContentDownload] };
        var routed = RoutingKit.Demo().At(new DateTimeOffset(2026, 10, 26, 22, 30, 0, TimeSpan.Zero)).Route(lead);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        var sla = Assert.Single(explanation.Steps, s => s.Key.StartsWith("sla", StringComparison.Ordinal) && s.Text.Contains("escalated", StringComparison.Ordinal)).Text;
        Assert.Contains("escalated at 2026-11-06 08:00 (UTC+00:00)", sla, StringComparison.Ordinal);
        Assert.DoesNotContain("(UTC+01:00)", sla, StringComparison.Ordinal);
    }
}
