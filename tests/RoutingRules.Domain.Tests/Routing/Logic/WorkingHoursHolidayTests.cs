using System.Collections.Frozen;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

/// <summary>Public holidays count as no working time, as weekends do, wherever working time is counted.</summary>
public sealed class WorkingHoursHolidayTests
{
    private static readonly TimeZoneInfo Paris = ZoneClock.Find("Europe/Paris")!;

    private static readonly SlaRule DemoRequest = new(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

    private static readonly SlaRule HighIntentMql = new(LeadType.HighIntentMql, TimeSpan.FromHours(4), TimeSpan.FromHours(8));

    private static readonly SlaRule ContentDownload =
        new(LeadType.ContentDownload, TimeSpan.FromDays(5), TimeSpan.FromDays(10), BusinessDays: true, EscalationBusinessDays: false);

    /// <summary>Bastille Day and Labour Day for France, Christmas for everyone.</summary>
    private static readonly RoutingPolicy Policy = RoutingPolicy.Default with
    {
        Territories = new TerritoryPolicy
        {
            Holidays =
            [
                new Holiday { Date = new DateOnly(2026, 7, 14), Countries = ["FR"] },
                new Holiday { Date = new DateOnly(2026, 5, 1), Countries = ["FR", "DE"] },
                new Holiday { Date = new DateOnly(2026, 12, 25) },
            ],
        },
    };

    private static WorkingHours InParis(params DateOnly[] holidays) =>
        new(Paris, TimeSpan.FromHours(9), TimeSpan.FromHours(18), holidays.Length == 0 ? null : holidays.ToFrozenSet());

    private static DateTimeOffset ParisTime(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, Paris.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0)));

    [Fact]
    public void Window_DemoRequestOnAWeekdayHoliday_DueFromTheNextWorkingDaysOpening()
    {
        // Tuesday 14 July, 10:00: nobody works; Wednesday 09:15.
        var window = SlaClock.Window(null, ParisTime(7, 14, 10), DemoRequest, WorkingHours.For(Policy, null, "FR"));

        Assert.Equal(ParisTime(7, 15, 9, 15), window.RespondBy);
        Assert.Equal(ParisTime(7, 15, 9, 30), window.EscalateAt);
        Assert.True(window.AfterHolidays);
    }

    [Fact]
    public void Window_HolidayOnFriday_CarriesWhatThursdayLeavesToMonday()
    {
        // Labour Day 2026 is a Friday: 1 h on Thursday from 17:00, then Monday 09:00-12:00.
        var window = SlaClock.Window(null, ParisTime(4, 30, 17), HighIntentMql, WorkingHours.For(Policy, null, "FR"));

        Assert.Equal(ParisTime(5, 4, 12), window.RespondBy);
        Assert.Equal(ParisTime(5, 4, 16), window.EscalateAt);
    }

    [Fact]
    public void Window_HolidaysAroundAWeekend_SkipsTheWholeStretch()
    {
        // Christmas Eve (Thursday) and Christmas (Friday), the weekend, a Monday off: Wednesday 17:55 leaves 5 minutes, Tuesday 29th 09:10.
        var hours = InParis(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28));

        var window = SlaClock.Window(null, ParisTime(12, 23, 17, 55), DemoRequest, hours);

        Assert.Equal(ParisTime(12, 29, 9, 10), window.RespondBy);
        Assert.Equal(ParisTime(12, 29, 9, 25), window.EscalateAt);
    }

    [Fact]
    public void Window_BusinessDays_SkipTheHoliday()
    {
        // From Monday 13 July 14:00, five business days end on Monday 20th; the 14th off, on Tuesday 21st.
        var window = SlaClock.Window(null, ParisTime(7, 13, 14), ContentDownload, WorkingHours.For(Policy, null, "FR"));

        Assert.Equal(ParisTime(7, 21, 14), window.RespondBy);
        Assert.Equal(ParisTime(7, 23, 14), window.EscalateAt); // ten calendar days: no holiday counts
        Assert.True(window.AfterHolidays);
    }

    [Fact]
    public void Window_HolidayOutsideTheSla_ChangesNothingAndSaysSo()
    {
        var window = SlaClock.Window(null, ParisTime(7, 13, 10), DemoRequest, WorkingHours.For(Policy, null, "FR"));

        Assert.Equal(ParisTime(7, 13, 10, 15), window.RespondBy);
        Assert.False(window.AfterHolidays);
    }

    [Theory]
    [InlineData("FR", "2026-07-15T09:15:00+02:00")] // its own holiday
    [InlineData("fr", "2026-07-15T09:15:00+02:00")] // codes compare case aside
    [InlineData("DE", "2026-07-14T10:15:00+02:00")] // another country's holiday is a working day
    [InlineData(null, "2026-07-14T10:15:00+02:00")] // no country: only the holidays of every lead
    public void Window_CountrysHoliday_OnlyForItsLeads(string? country, string respondBy)
    {
        var window = SlaClock.Window(null, ParisTime(7, 14, 10), DemoRequest, WorkingHours.For(Policy, "Europe/Paris", country));

        Assert.Equal(DateTimeOffset.Parse(respondBy, System.Globalization.CultureInfo.InvariantCulture), window.RespondBy);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("US")]
    [InlineData(null)]
    public void Window_HolidayOfEveryLead_AppliesWhateverTheCountry(string? country)
    {
        // Friday 25 December: Monday 28th at 09:15.
        var window = SlaClock.Window(null, ParisTime(12, 25, 10), DemoRequest, WorkingHours.For(Policy, "Europe/Paris", country));

        Assert.Equal(ParisTime(12, 28, 9, 15), window.RespondBy);
    }

    [Theory]
    [InlineData(3, 27, "2026-03-31T07:10:00Z")] // spring: Paris goes to UTC+2 on Sunday 29 March
    [InlineData(10, 23, "2026-10-27T08:10:00Z")] // autumn: back to UTC+1 on Sunday 25 October
    public void Window_HolidayOnTheMondayAfterADaylightSavingChange_OpensAtNineLocalTimeOnTuesday(int month, int friday, string respondBy)
    {
        var monday = new DateOnly(2026, month, friday + 3);

        var window = SlaClock.Window(null, ParisTime(month, friday, 17, 55), DemoRequest, InParis(monday));

        Assert.Equal(DateTimeOffset.Parse(respondBy, System.Globalization.CultureInfo.InvariantCulture), window.RespondBy);
    }

    [Fact]
    public void NextBusinessHours_OnAHoliday_IsTheNextWorkingDaysOpening()
    {
        var holidays = Policy.Territories.HolidaysFor("FR");

        var next = ZoneClock.NextBusinessHours(ParisTime(7, 13, 19), "Europe/Paris", TimeSpan.FromHours(9), TimeSpan.FromHours(18), holidays);

        Assert.Equal(ParisTime(7, 15, 9), next);
    }

    [Fact]
    public void NextBusinessHours_EveryDayOfTwoYearsOff_StopsSkippingAfterAYearOfHolidays()
    {
        // Refused by the validator (over a month closed); a policy never validated must still not hold routing.
        var everyDay = Enumerable.Range(0, 2 * 366).Select(d => new DateOnly(2027, 1, 1).AddDays(d)).ToArray();

        var next = ZoneClock.NextBusinessHours(new DateTimeOffset(2026, 12, 31, 19, 0, 0, TimeSpan.Zero), "UTC", TimeSpan.FromHours(9), TimeSpan.FromHours(18),
            everyDay.ToFrozenSet());

        Assert.InRange(next, new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 12, 31, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(9), next.TimeOfDay);
    }

    [Fact]
    public void WorkingHours_For_NoHolidays_HasNone()
    {
        Assert.Null(WorkingHours.For(RoutingPolicy.Default, "Europe/Paris", "FR").Holidays);
        Assert.Null(WorkingHours.For(Policy with { Territories = Policy.Territories with { Holidays = [] } }, null, "FR").Holidays);
    }

    /// <summary>Once per SLA of a routed lead: the sets are built once per policy, not per lead, and none is built without holidays.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Window_WithOrWithoutHolidays_AllocatesNothingPerCall(bool withHolidays)
    {
        var policy = withHolidays ? Policy : RoutingPolicy.Default;
        var at = ParisTime(7, 14, 10);
        SlaClock.Window(null, at, DemoRequest, WorkingHours.For(policy, "Europe/Paris", "FR"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            SlaClock.Window(null, at, ContentDownload, WorkingHours.For(policy, "Europe/Paris", "FR"));
            SlaClock.Window(null, at, DemoRequest, WorkingHours.For(policy, "Europe/Paris", "FR"));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
