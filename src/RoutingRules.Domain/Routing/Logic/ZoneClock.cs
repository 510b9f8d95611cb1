using System.Collections.Concurrent;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Time-zone arithmetic for routing: offsets between zones and the next business-hours contact time.</summary>
public static class ZoneClock
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.OrdinalIgnoreCase);

    public static TimeZoneInfo? Find(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return null;
        }

        return Zones.GetOrAdd(zoneId, static id =>
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return null;
            }
        });
    }

    /// <summary>Absolute difference of the zones' UTC offsets at <paramref name="at"/>, in hours; 0 when either is unknown.</summary>
    public static double HoursBetween(string? zoneA, string? zoneB, DateTimeOffset at)
    {
        var a = Find(zoneA);
        var b = Find(zoneB);
        return a is null || b is null ? 0 : Math.Abs((a.GetUtcOffset(at) - b.GetUtcOffset(at)).TotalHours);
    }

    /// <summary>A zone's UTC offset at <paramref name="at"/>; null when the zone is unknown.</summary>
    public static TimeSpan? UtcOffset(string? zoneId, DateTimeOffset at) => Find(zoneId)?.GetUtcOffset(at);

    /// <summary>
    /// <see cref="HoursBetween(string?, string?, DateTimeOffset)"/> from a first zone whose offset at
    /// <paramref name="at"/> is already known (see <see cref="UtcOffset"/>): one lead against many reps.
    /// </summary>
    public static double HoursBetween(TimeSpan? offsetA, string? zoneB, DateTimeOffset at)
    {
        var b = Find(zoneB);
        return offsetA is not { } a || b is null ? 0 : Math.Abs((a - b.GetUtcOffset(at)).TotalHours);
    }

    /// <summary>
    /// The next instant inside business hours (weekdays, from <paramref name="dayStart"/> to
    /// <paramref name="dayEnd"/> local time) in the given zone; <paramref name="now"/> when already inside.
    /// </summary>
    public static DateTimeOffset NextBusinessHours(DateTimeOffset now, string? zoneId, TimeSpan dayStart, TimeSpan dayEnd) =>
        NextOpening(now, Find(zoneId) ?? TimeZoneInfo.Utc, dayStart, dayEnd).At;

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="duration"/> of business time: only the hours
    /// from <paramref name="dayStart"/> to <paramref name="dayEnd"/> on weekdays, local time in the
    /// zone, count. A start outside them counts from the next opening; what a day leaves over
    /// carries to the next working day ("4 hours" from 16:00 ends at 11:00 the next morning).
    /// </summary>
    public static DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd)
    {
        var (at, localDate) = NextOpening(start, zone, dayStart, dayEnd);
        var left = duration;
        while (true)
        {
            var closing = localDate + dayEnd;
            var closesAt = new DateTimeOffset(closing, zone.GetUtcOffset(closing));
            var open = closesAt - at;
            if (left <= open)
            {
                // In the start's offset, as a calendar SLA's sum is: the zone decides the hours, not how the time is written.
                return (at + left).ToOffset(start.Offset);
            }

            left -= open;
            (at, localDate) = NextOpening(closesAt, zone, dayStart, dayEnd);
        }
    }

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="duration"/> in business days: its whole days
    /// are weekdays in the zone, counted from the next opening when <paramref name="start"/> is
    /// outside business hours (<paramref name="dayStart"/> to <paramref name="dayEnd"/> on weekdays),
    /// and land on the same local time of day; what is left of a day is added to that. "5 business
    /// days" from Monday 14:00 ends the next Monday at 14:00; from Saturday, or Monday 02:00, it ends
    /// the next Monday at the opening, as a lead that came in at the opening would.
    /// </summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd)
    {
        var (at, day) = NextOpening(start, zone, dayStart, dayEnd);
        var timeOfDay = TimeZoneInfo.ConvertTime(at, zone).TimeOfDay;
        for (var days = (int)duration.TotalDays; days > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        // Within business hours, which no daylight-saving change falls in: the local time exists once.
        var local = day + timeOfDay;
        var end = new DateTimeOffset(local, zone.GetUtcOffset(local)) + (duration - TimeSpan.FromDays((int)duration.TotalDays));
        return end.ToOffset(start.Offset);
    }

    /// <summary>The next instant inside business hours (<paramref name="now"/> when inside) and its local date.</summary>
    private static (DateTimeOffset At, DateTime LocalDate) NextOpening(DateTimeOffset now, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd)
    {
        // One conversion per call: routing asks this of every SLA rule a lead matches.
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (IsWeekday(local) && local.TimeOfDay >= dayStart && local.TimeOfDay < dayEnd)
        {
            return (now, local.Date);
        }

        var day = local.TimeOfDay < dayStart ? local.Date : local.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var opening = day + dayStart;
        return (new DateTimeOffset(opening, zone.GetUtcOffset(opening)), day);
    }

    private static bool IsWeekday(DateTimeOffset local) => local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
