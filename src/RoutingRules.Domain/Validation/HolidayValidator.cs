using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Validation;

/// <summary>The policy's <c>territories.holidays</c> (<see cref="TerritoryPolicy.Holidays"/>).</summary>
internal static class HolidayValidator
{
    /// <summary>Holidays a policy may list: some years of every country a business sells in.</summary>
    internal const int MaxHolidays = 1000;

    /// <summary>Days in a row, weekends included, a lead's holidays may close: a month (three weeks' summer closure fits).</summary>
    internal const int MaxClosedDays = 31;

    /// <summary>
    /// Each holiday a date and, for some countries only, their codes as leads give them (ISO 3166-1
    /// alpha-2, upper case); at most <see cref="MaxHolidays"/>. The same date twice, or a country
    /// given twice, is harmless: a lead's holidays are a set. No lead may find more than
    /// <see cref="MaxClosedDays"/> days in a row closed, weekends included: a 15-minute demo request
    /// would wait that long, and the clock that skips them is bounded (<c>ZoneClock</c>).
    /// </summary>
    public static void Validate(ErrorSink sink, IReadOnlyList<Holiday> holidays)
    {
        const string Field = "territories.holidays";
        if (holidays is null)
        {
            sink.Add(Field, "must be a list of holidays (empty: none)");
            return;
        }

        if (holidays.Count > MaxHolidays)
        {
            sink.Add(Field, $"lists {holidays.Count} holidays: at most {MaxHolidays}");
            return;
        }

        for (var i = 0; i < holidays.Count; i++)
        {
            var field = $"{Field}[{i}]";
            if (holidays[i] is not { } holiday)
            {
                sink.Add(field, "needs a date");
                continue;
            }

            if (holiday.Date == default)
            {
                sink.Add(field + ".date", "needs a date (yyyy-MM-dd)");
            }

            if (holiday.Countries is not { } countries)
            {
                sink.Add(field + ".countries", "must be a list of country codes (empty: every lead)");
                continue;
            }

            if (countries.Count > CountryCodes.All.Count)
            {
                sink.Add(field + ".countries", $"lists {countries.Count} countries: at most {CountryCodes.All.Count}");
                continue;
            }

            for (var j = 0; j < countries.Count; j++)
            {
                sink.Required($"{field}.countries[{j}]", countries[j]);
                sink.Country($"{field}.countries[{j}]", countries[j]);
            }
        }

        foreach (var (country, dates) in HolidayCalendar.For(holidays).Sets())
        {
            if (LongestClosure(dates) is { Days: > MaxClosedDays } closure)
            {
                sink.Add(Field, $"leaves {(country is null ? "every lead" : "the leads of " + country)} no working day for {closure.Days} days in a row, weekends included, "
                    + $"from {closure.From:yyyy-MM-dd} to {closure.To:yyyy-MM-dd}: at most {MaxClosedDays}");
                return;
            }
        }
    }

    /// <summary>The longest stretch of days in a row that are <paramref name="dates"/> or weekends, around at least one of the dates.</summary>
    private static (DateOnly From, DateOnly To, int Days) LongestClosure(IReadOnlySet<DateOnly> dates)
    {
        var longest = (From: default(DateOnly), To: default(DateOnly), Days: 0);
        foreach (var date in dates)
        {
            // Measured from each holiday whose eve is no holiday: another holiday's eve holds the same stretch.
            if (date > DateOnly.MinValue && dates.Contains(date.AddDays(-1)))
            {
                continue;
            }

            var from = date;
            while (from > DateOnly.MinValue && IsClosed(from.AddDays(-1), dates))
            {
                from = from.AddDays(-1);
            }

            var to = date;
            while (to < DateOnly.MaxValue && IsClosed(to.AddDays(1), dates))
            {
                to = to.AddDays(1);
            }

            if (to.DayNumber - from.DayNumber + 1 > longest.Days)
            {
                longest = (from, to, to.DayNumber - from.DayNumber + 1);
            }
        }

        return longest;
    }

    private static bool IsClosed(DateOnly day, IReadOnlySet<DateOnly> dates) => IsWeekend(day) || dates.Contains(day);

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
