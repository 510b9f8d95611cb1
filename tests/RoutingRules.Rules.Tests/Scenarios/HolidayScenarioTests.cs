using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>
/// Public holidays (policy <c>territories.holidays</c>): seed 001's lead that arrives "un jour férié
/// et personne ne travaille" is due from the next working day's opening, not escalated while
/// everyone is off.
/// </summary>
public sealed class HolidayScenarioTests
{
    private static readonly TimeSpan ParisSummer = TimeSpan.FromHours(2);

    /// <summary>Tuesday 14 July 2026, 10:00 in Paris: Bastille Day.</summary>
    private static readonly DateTimeOffset BastilleDay = new(2026, 7, 14, 10, 0, 0, ParisSummer);

    private static Lead DemoRequest => Leads.InParis("ceo@bastille.fr") with { IntentSignals = [IntentSignal.DemoRequest] };

    private static RoutingScenario WithHolidays(params Holiday[] holidays) =>
        RoutingKit.Demo().At(BastilleDay).WithPolicy(p => p with { Territories = p.Territories with { Holidays = holidays } });

    private static RoutingScenario FrenchHolidays() => WithHolidays(new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] });

    [Fact]
    public void Route_DemoRequestOnAFrenchHoliday_DueFifteenMinutesAfterTheNextWorkingDaysOpening()
    {
        var routed = FrenchHolidays().Route(DemoRequest).Fired("IntentFit.DemoRequestSla");

        Assert.Equal(new DateTimeOffset(2026, 7, 15, 9, 15, 0, ParisSummer), routed.Decision.RespondBy);
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 9, 30, 0, ParisSummer), routed.Decision.EscalateAt);
        Assert.True(routed.Trace.Details!.Sla!.AfterHolidays);
    }

    [Fact]
    public void Route_DemoRequestOnAnotherCountrysHoliday_DueFifteenMinutesFromNow()
    {
        var routed = WithHolidays(new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["BE", "DE"] }).Route(DemoRequest);

        Assert.Equal(BastilleDay.AddMinutes(15), routed.Decision.RespondBy);
        Assert.Null(routed.Trace.Details!.Sla!.AfterHolidays);
    }

    [Fact]
    public void Route_ContentDownloadOverAHoliday_CountsOneMoreDay()
    {
        var lead = Leads.InParis("ceo@download.fr") with { IntentSignals = [IntentSignal.ContentDownload] };

        // From Monday 13 July 14:00, five business days: Monday 20th without the holiday, Tuesday 21st with it.
        var routed = FrenchHolidays().At(new DateTimeOffset(2026, 7, 13, 14, 0, 0, ParisSummer)).Route(lead).Fired("IntentFit.ContentDownloadSla");

        Assert.Equal(new DateTimeOffset(2026, 7, 21, 14, 0, 0, ParisSummer), routed.Decision.RespondBy);
    }

    [Fact]
    public void Route_DistantRepOnAHoliday_NextContactTimeIsTheNextWorkingDaysOpening()
    {
        // Monday 23 November 2026, 10:00 in Paris, a day off for every lead: Tuesday 09:00 there.
        var routed = WithHolidays(new Holiday { Date = new DateOnly(2026, 11, 23) }).At(RoutingKit.DemoNow).Route(CapacityScenarioTests.ParisLeadInUsWest)
            .Flagged(RoutingFlags.TimeZoneMismatch).Fired("Capacity.DelayedFollowUp");

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)), routed.Decision.NextContactAt);
    }

    [Fact]
    public void Escalate_TheEveningBeforeAHoliday_FreshSlaCountsFromTheDayAfter()
    {
        var scenario = FrenchHolidays().At(new DateTimeOffset(2026, 7, 13, 17, 10, 0, ParisSummer));
        var routed = scenario.Route(DemoRequest);
        scenario.At(new DateTimeOffset(2026, 7, 13, 17, 55, 0, ParisSummer));

        var escalated = scenario.Escalate(routed).AtLevel(RoutingLevel.SlaEscalation);

        // Five minutes on Monday evening, then Wednesday's opening.
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 9, 10, 0, ParisSummer), escalated.Decision.RespondBy);
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 9, 25, 0, ParisSummer), escalated.Decision.EscalateAt);
        Assert.True(escalated.Trace.Details!.Sla!.AfterHolidays);
    }

    [Theory]
    [InlineData("en", "A public holiday where the lead is does not count as working time, any more than a weekend: it pushed these deadlines back.")]
    [InlineData("fr", "Un jour férié là où se trouve le lead ne compte pas comme temps de travail, pas plus qu'un week-end : il a repoussé ces échéances.")]
    public void Render_DemoRequestOnAHoliday_SaysTheHolidayPushedItBack(string locale, string expected)
    {
        var routed = FrenchHolidays().Route(DemoRequest);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
        var keys = explanation.Steps.Select(s => s.Key).ToList();

        Assert.Equal(expected, Assert.Single(explanation.Steps, s => s.Key == "sla.holidays").Text);
        Assert.Equal(keys.IndexOf("sla.businessHours") + 1, keys.IndexOf("sla.holidays"));
    }

    [Fact]
    public void Render_HolidayThatMovedNothing_SaysNothingOfIt()
    {
        var routed = FrenchHolidays().At(new DateTimeOffset(2026, 7, 13, 10, 0, 0, ParisSummer)).Route(DemoRequest);

        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en");

        Assert.DoesNotContain(explanation.Steps, s => s.Key == "sla.holidays");
    }

    [Fact]
    public void Decode_EncodedTrace_KeepsWhetherAHolidayMovedTheSla()
    {
        var moved = FrenchHolidays().Route(DemoRequest);
        var unmoved = RoutingKit.Demo().At(BastilleDay).Route(DemoRequest);

        Assert.True(TraceBinary.Decode(TraceBinary.Encode(moved.Trace)).Details!.Sla!.AfterHolidays);
        Assert.Null(TraceBinary.Decode(TraceBinary.Encode(unmoved.Trace)).Details!.Sla!.AfterHolidays);
        Assert.Equal(TraceJson.Serialize(moved.Trace), TraceJson.Serialize(TraceBinary.Decode(TraceBinary.Encode(moved.Trace))));
    }
}
