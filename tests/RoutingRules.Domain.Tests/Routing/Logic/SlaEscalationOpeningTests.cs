using System.Collections.Frozen;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

/// <summary>
/// sla.escalateInWorkingHours: an escalation the calendar counts that falls at night, on a weekend
/// or on a holiday of the lead moves to the lead's next opening; escalations counted in working
/// hours or business days are left as counted.
/// </summary>
public sealed class SlaEscalationOpeningTests
{
    private static readonly TimeZoneInfo Paris = ZoneClock.Find("Europe/Paris")!;

    private static readonly WorkingHours ParisNineToSix = new(Paris, TimeSpan.FromHours(9), TimeSpan.FromHours(18));

    private static readonly SlaRule Event = new(LeadType.Event, TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromHours(48));

    private static readonly SlaRule ContentDownload =
        new(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(10), BusinessDays: true, EscalationBusinessDays: false);

    private static readonly SlaRule HighIntentMql = new(LeadType.HighIntentMql, TimeSpan.FromHours(4), TimeSpan.FromHours(8), BusinessHours: true);

    private static DateTimeOffset ParisTime(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, Paris.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0)));

    [Theory]
    [InlineData(true, 12, 1, 9)] // Friday 20:00 + 72 h = Monday 20:00, closed: Tuesday's opening
    [InlineData(false, 11, 30, 20)] // off: the calendar's time
    public void Window_EventEscalatingAtNight_EscalatesAtTheNextOpening(bool atOpening, int month, int day, int hour)
    {
        var window = SlaClock.Window(null, ParisTime(11, 27, 20), Event, ParisNineToSix, atOpening);

        Assert.Equal(ParisTime(11, 28, 20), window.RespondBy); // the response target is a deadline, left as counted
        Assert.Equal(ParisTime(month, day, hour), window.EscalateAt);
    }

    [Fact]
    public void Window_EscalationInsideWorkingHours_StaysWhereTheCalendarPutIt()
    {
        // Monday 10:00 + 72 h = Thursday 10:00, a working hour.
        var window = SlaClock.Window(null, ParisTime(11, 23, 10), Event, ParisNineToSix, escalateInWorkingHours: true);

        Assert.Equal(ParisTime(11, 26, 10), window.EscalateAt);
    }

    [Theory]
    [InlineData(1, true, 2)] // Tuesday 1 December a holiday: Wednesday's opening, and the window says why
    [InlineData(3, false, 1)] // a holiday after the opening changes nothing
    public void Window_CalendarSlaEscalatingBeforeAHoliday_SaysWhenTheHolidayMadeItLater(int holiday, bool afterHolidays, int day)
    {
        // Friday 27 November 20:00 + 72 h = Monday 20:00, closed: the next opening.
        var hours = ParisNineToSix with { Holidays = new[] { new DateOnly(2026, 12, holiday) }.ToFrozenSet() };

        var window = SlaClock.Window(null, ParisTime(11, 27, 20), Event, hours, escalateInWorkingHours: true);

        Assert.Equal(ParisTime(12, day, 9), window.EscalateAt);
        Assert.Equal(afterHolidays, window.AfterHolidays);
    }

    [Fact]
    public void Window_ContentDownloadEscalatingOnAHoliday_EscalatesTheNextWorkingMorning()
    {
        // Sunday 4 January 2026, 02:00 + 10 days = Wednesday 14 January 02:00; the 14th a holiday: Thursday 09:00.
        var hours = ParisNineToSix with { Holidays = new[] { new DateOnly(2026, 1, 14) }.ToFrozenSet() };

        var window = SlaClock.Window(null, ParisTime(1, 4, 2), ContentDownload, hours, escalateInWorkingHours: true);

        Assert.Equal(ParisTime(1, 15, 9), window.EscalateAt);
        Assert.True(window.AfterHolidays);
    }

    [Fact]
    public void Window_SlaInWorkingHours_IsNotMoved()
    {
        // Counted in working hours: Monday 16:00 + 8 h ends Tuesday 15:00, whatever the switch.
        var on = SlaClock.Window(null, ParisTime(11, 23, 16), HighIntentMql, ParisNineToSix, escalateInWorkingHours: true);
        var off = SlaClock.Window(null, ParisTime(11, 23, 16), HighIntentMql, ParisNineToSix, escalateInWorkingHours: false);

        Assert.Equal(ParisTime(11, 24, 15), on.EscalateAt);
        Assert.Equal(off, on);
    }
}
