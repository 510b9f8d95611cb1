using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero); // a Wednesday

    private static readonly SlaRule DemoRequest = new(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

    private static readonly SlaRule HighIntentMql = new(LeadType.HighIntentMql, TimeSpan.FromHours(4), TimeSpan.FromHours(8));

    private static readonly WorkingHours UtcNineToSix = new(TimeZoneInfo.Utc, TimeSpan.FromHours(9), TimeSpan.FromHours(18));

    private static readonly SlaRule ContentDownload =
        new(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(10), BusinessDays: true);

    [Theory]
    [InlineData(null, 0, 15, 30)] // no submission time: from now
    [InlineData(-10, -10, 5, 20)] // submitted within the target: from the submission
    [InlineData(-15, -15, 0, 15)] // exactly the target ago: from the submission, due now
    [InlineData(-16, -16, 0, 15)] // longer ago: due now, escalated the target-to-escalation delay later
    [InlineData(-60 * 24 * 30, -60 * 24 * 30, 0, 15)] // a month ago (a reroute, an upstream backlog): the same
    [InlineData(0, 0, 15, 30)]
    [InlineData(3, 0, 15, 30)] // in the future (a client clock ahead): from now
    public void Window_CountsFromTheSubmission_AndIsNeverDueBeforeNow(
        int? submittedMinutes, int startMinutes, int respondByMinutes, int escalateAtMinutes)
    {
        var submitted = submittedMinutes is { } m ? Now.AddMinutes(m) : (DateTimeOffset?)null;

        var window = SlaClock.Window(submitted, Now, DemoRequest, UtcNineToSix);

        Assert.Equal(Now.AddMinutes(startMinutes), window.Start);
        Assert.Equal(Now.AddMinutes(respondByMinutes), window.RespondBy);
        Assert.Equal(Now.AddMinutes(escalateAtMinutes), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_SkipsTheWeekendFromTheSubmission()
    {
        // Submitted on Monday two days ago: five business days end on Monday next week.
        var window = SlaClock.Window(Now.AddDays(-2), Now, ContentDownload, UtcNineToSix);

        Assert.Equal(Now.AddDays(-2), window.Start);
        Assert.Equal(Now.AddDays(5), window.RespondBy);
        Assert.Equal(Now.AddDays(12), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_OverdueFromTheSubmission_IsDueNow_AndKeepsFiveBusinessDaysToEscalation()
    {
        // Twenty days ago, five business days ran out long before: due now, escalated five business days later (next Wednesday).
        var window = SlaClock.Window(Now.AddDays(-20), Now, ContentDownload, UtcNineToSix);

        Assert.Equal(Now.AddDays(-20), window.Start);
        Assert.Equal(Now, window.RespondBy);
        Assert.Equal(Now.AddDays(7), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_SubmittedFiveCalendarDaysAgo_StillHasTheWeekendsDays()
    {
        // Submitted last Friday: five business days end this Friday, the weekend not counted.
        var window = SlaClock.Window(Now.AddDays(-5), Now, ContentDownload, UtcNineToSix);

        Assert.Equal(Now.AddDays(2), window.RespondBy);
        Assert.Equal(Now.AddDays(9), window.EscalateAt);
    }

    /// <summary>DOMAIN.md §5: content downloads, 5 business days to respond, 10 days without action to escalate.</summary>
    [Fact]
    public void Window_BusinessDayTargetWithCalendarEscalation_CountsEachInItsUnit()
    {
        var rule = ContentDownload with { EscalationBusinessDays = false };

        var window = SlaClock.Window(null, Now, rule, UtcNineToSix);

        Assert.Equal(Now.AddDays(7), window.RespondBy); // Wednesday to the next Wednesday
        Assert.Equal(Now.AddDays(10), window.EscalateAt);
    }

    [Theory]
    [InlineData("2026-11-25T02:00:00Z", "2026-12-02T09:00:00Z")] // Wednesday night: from the opening, the next Wednesday
    [InlineData("2026-11-28T11:00:00Z", "2026-12-07T09:00:00Z")] // Saturday: from Monday's opening, the next Monday
    [InlineData("2026-11-27T18:30:00Z", "2026-12-07T09:00:00Z")] // Friday after closing: the same
    [InlineData("2026-11-25T14:30:00Z", "2026-12-02T14:30:00Z")] // in working hours: the same time five weekdays later
    public void Window_InBusinessDays_CountsFromTheNextOpening(string now, string respondBy)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        var window = SlaClock.Window(null, at, ContentDownload with { EscalationBusinessDays = false }, UtcNineToSix);

        Assert.Equal(DateTimeOffset.Parse(respondBy, System.Globalization.CultureInfo.InvariantCulture), window.RespondBy);
        Assert.Equal(at.AddDays(10), window.EscalateAt);
    }

    [Fact]
    public void Window_InBusinessDays_CountsTheLeadsWeekdays()
    {
        // Friday 23:00 in Los Angeles is Saturday 07:00 UTC: the lead's week, not UTC's, decides.
        var hours = UtcNineToSix with { Zone = ZoneClock.Find("America/Los_Angeles")! };
        var fridayNight = new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);

        var window = SlaClock.Window(null, fridayNight, ContentDownload, hours);

        // From Monday 09:00 there (17:00 UTC), five weekdays: the next Monday, 09:00 there.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.Zero), window.RespondBy);
        Assert.Equal(TimeSpan.Zero, window.RespondBy.Offset);
    }

    [Fact]
    public void Window_InBusinessDays_KeepsTheLocalTimeAcrossADaylightSavingChange()
    {
        // Friday 27 March 2026, 14:00 in Paris (UTC+1); summer time starts on the 29th (UTC+2).
        var hours = UtcNineToSix with { Zone = ZoneClock.Find("Europe/Paris")! };
        var start = new DateTimeOffset(2026, 3, 27, 13, 0, 0, TimeSpan.Zero);

        var window = SlaClock.Window(null, start, ContentDownload, hours);

        Assert.Equal(new DateTimeOffset(2026, 4, 3, 12, 0, 0, TimeSpan.Zero), window.RespondBy); // Friday 3 April, 14:00 in Paris
    }

    /// <summary>A calendar escalation delay shorter than a business-day target over a weekend: never escalated before the response is due.</summary>
    [Fact]
    public void Window_CalendarEscalationBeforeTheBusinessDayTarget_EscalatesWhenTheResponseIsDue()
    {
        var rule = new SlaRule(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(5), BusinessDays: true, EscalationBusinessDays: false);

        var window = SlaClock.Window(null, Now, rule, UtcNineToSix);

        Assert.Equal(Now.AddDays(7), window.RespondBy);
        Assert.Equal(window.RespondBy, window.EscalateAt);
    }

    [Theory]
    [InlineData("2026-11-25T02:00:00Z", "2026-11-25T09:15:00Z", "2026-11-25T09:30:00Z")] // the night: from the opening
    [InlineData("2026-11-25T17:50:00Z", "2026-11-26T09:05:00Z", "2026-11-26T09:20:00Z")] // ten minutes before closing: five the next morning
    [InlineData("2026-11-27T17:55:00Z", "2026-11-30T09:10:00Z", "2026-11-30T09:25:00Z")] // Friday evening: Monday morning
    [InlineData("2026-11-28T11:00:00Z", "2026-11-30T09:15:00Z", "2026-11-30T09:30:00Z")] // Saturday noon: Monday morning
    [InlineData("2026-11-25T09:00:00Z", "2026-11-25T09:15:00Z", "2026-11-25T09:30:00Z")] // the opening itself counts
    [InlineData("2026-11-25T18:00:00Z", "2026-11-26T09:15:00Z", "2026-11-26T09:30:00Z")] // the closing does not
    public void Window_InBusinessHours_CountsOnlyWorkingTime(string now, string respondBy, string escalateAt)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        var window = SlaClock.Window(null, at, DemoRequest, UtcNineToSix);

        Assert.Equal(at, window.Start);
        Assert.Equal(DateTimeOffset.Parse(respondBy, System.Globalization.CultureInfo.InvariantCulture), window.RespondBy);
        Assert.Equal(DateTimeOffset.Parse(escalateAt, System.Globalization.CultureInfo.InvariantCulture), window.EscalateAt);
        Assert.Equal("UTC", window.BusinessHoursZone);
    }

    [Fact]
    public void Window_HoursTarget_CarriesWhatTheDayLeavesToTheNextMorning()
    {
        var at = new DateTimeOffset(2026, 11, 25, 16, 0, 0, TimeSpan.Zero);

        var window = SlaClock.Window(null, at, HighIntentMql, UtcNineToSix);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.Zero), window.RespondBy); // 2 h on Wednesday, 2 on Thursday
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero), window.EscalateAt); // 2 h, then 6
    }

    [Fact]
    public void Window_SubmittedInTheNight_RoutedAfterTheOpening_CountsFromTheOpening()
    {
        var window = SlaClock.Window(Now.AddHours(-8), Now.AddMinutes(-55), DemoRequest, UtcNineToSix); // submitted 02:00, routed 09:05

        Assert.Equal(Now.AddHours(-8), window.Start);
        Assert.Equal(Now.AddMinutes(-45), window.RespondBy); // 09:15
    }

    [Fact]
    public void Window_InTheLeadsZone_WaitsForItsMorning()
    {
        // 10:00 UTC is 05:00 in New York (UTC-5 in November): due at 09:15 there, 14:15 UTC.
        var hours = UtcNineToSix with { Zone = ZoneClock.Find("America/New_York")! };

        var window = SlaClock.Window(null, Now, DemoRequest, hours);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 14, 15, 0, TimeSpan.Zero), window.RespondBy);
        Assert.Equal(TimeSpan.Zero, window.RespondBy.Offset); // written as the start was, like a calendar SLA
        Assert.Equal("America/New_York", window.BusinessHoursZone);
    }

    [Fact]
    public void Window_OverTheSpringDaylightSavingChange_OpensAtNineLocalTime()
    {
        // Paris goes from UTC+1 to UTC+2 on Sunday 29 March 2026: Friday 17:55 local leaves 5 minutes, Monday 09:00 local is 07:00 UTC.
        var hours = UtcNineToSix with { Zone = ZoneClock.Find("Europe/Paris")! };

        var window = SlaClock.Window(null, new DateTimeOffset(2026, 3, 27, 16, 55, 0, TimeSpan.Zero), DemoRequest, hours);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 10, 0, TimeSpan.Zero), window.RespondBy);
    }

    [Fact]
    public void Window_CalendarRule_RunsThroughTheNight()
    {
        var night = new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

        var window = SlaClock.Window(null, night, DemoRequest with { BusinessHours = false }, UtcNineToSix);

        Assert.Equal(night.AddMinutes(15), window.RespondBy);
        Assert.Null(window.BusinessHoursZone);
    }

    [Theory]
    [InlineData(15, false, null, null, true)] // minutes: working hours
    [InlineData(4 * 60, false, null, null, true)] // hours: working hours
    [InlineData(24 * 60, false, null, null, false)] // a day: the calendar
    [InlineData(15, true, null, null, false)] // business days: days, not hours
    [InlineData(15, false, true, null, false)] // escalation in business days: days too
    [InlineData(4 * 60, false, null, false, false)] // said so
    [InlineData(48 * 60, false, null, true, true)] // said so
    public void CountsBusinessHours_ByDefaultForTargetsUnderADay(int targetMinutes, bool businessDays, bool? escalationBusinessDays, bool? businessHours, bool expected)
    {
        var rule = new SlaRule(LeadType.Event, TimeSpan.FromMinutes(targetMinutes), TimeSpan.FromDays(3), null, businessDays, escalationBusinessDays, businessHours);

        Assert.Equal(expected, rule.CountsBusinessHours);
    }

    [Fact]
    public void WorkingHours_For_UsesTheLeadsZone_ElseItsCountrysOne_ElseThePolicyDefault()
    {
        var policy = RoutingPolicy.Default with { Sla = new SlaPolicy { DefaultTimeZone = "Asia/Tokyo" } };

        Assert.Equal("America/New_York", WorkingHours.For(policy, "America/New_York", "FR").ZoneId);
        Assert.Equal("Europe/Paris", WorkingHours.For(policy, null, "FR").ZoneId);
        Assert.Equal("Europe/Berlin", WorkingHours.For(policy, "Mars/Olympus_Mons", "DE").ZoneId); // Busingen keeps Berlin's time
        Assert.Equal("Asia/Tokyo", WorkingHours.For(policy, null, "US").ZoneId); // several times: the policy's default
        Assert.Equal("Asia/Tokyo", WorkingHours.For(policy, null, "ES").ZoneId); // the Canaries are an hour behind Madrid
        Assert.Equal("Asia/Tokyo", WorkingHours.For(policy, null, null).ZoneId);
        Assert.Equal((TimeSpan.FromHours(9), TimeSpan.FromHours(18)), (WorkingHours.For(policy, null, null).Opens, WorkingHours.For(policy, null, null).Closes));
    }

    [Fact]
    public void CountryTimeZones_WithoutTheSystemTable_InfersNothing()
    {
        Assert.Empty(CountryTimeZones.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "zone.tab")));
    }
}
