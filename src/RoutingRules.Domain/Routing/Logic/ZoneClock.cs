using System.Collections.Concurrent;
using System.Collections.Frozen;

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
    /// At most this many holidays are skipped looking for one working day. The validator refuses a
    /// closure over a month; a policy never validated that lists a longer one opens after this many,
    /// so a search never runs on.
    /// </summary>
    internal const int MaxHolidaysSkipped = 366;

    /// <summary>
    /// The next instant inside business hours (weekdays but <paramref name="holidays"/>, from
    /// <paramref name="dayStart"/> to <paramref name="dayEnd"/> local time) in the given zone;
    /// <paramref name="now"/> when already inside.
    /// </summary>
    public static DateTimeOffset NextBusinessHours(
        DateTimeOffset now, string? zoneId, TimeSpan dayStart, TimeSpan dayEnd, FrozenSet<DateOnly>? holidays = null) =>
        NextBusinessHours(now, Find(zoneId) ?? TimeZoneInfo.Utc, dayStart, dayEnd, holidays);

    /// <summary>The next instant inside business hours in <paramref name="zone"/>, already resolved.</summary>
    public static DateTimeOffset NextBusinessHours(
        DateTimeOffset now, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd, FrozenSet<DateOnly>? holidays = null) =>
        NextOpening(now, zone, dayStart, dayEnd, holidays).At;

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="duration"/> of business time: only the hours
    /// from <paramref name="dayStart"/> to <paramref name="dayEnd"/> on weekdays but
    /// <paramref name="holidays"/> (local dates), local time in the zone, count. A start outside them
    /// counts from the next opening; what a day leaves over carries to the next working day ("4
    /// hours" from 16:00 ends at 11:00 the next morning, or the morning after a holiday).
    /// </summary>
    public static DateTimeOffset AddBusinessTime(
        DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd, FrozenSet<DateOnly>? holidays = null)
    {
        var (at, localDate) = NextOpening(start, zone, dayStart, dayEnd, holidays);
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
            (at, localDate) = NextOpening(closesAt, zone, dayStart, dayEnd, holidays);
        }
    }

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="duration"/> in business days: its whole days
    /// are weekdays in the zone but <paramref name="holidays"/>, counted from the next opening when
    /// <paramref name="start"/> is outside business hours (<paramref name="dayStart"/> to
    /// <paramref name="dayEnd"/> on those days), and land on the same local time of day; what is left
    /// of a day is added to that. "5 business days" from Monday 14:00 ends the next Monday at 14:00
    /// (Tuesday with a holiday between); from Saturday, or Monday 02:00, it ends the next Monday at
    /// the opening, as a lead that came in at the opening would.
    /// </summary>
    public static DateTimeOffset AddBusinessDays(
        DateTimeOffset start, TimeSpan duration, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd, FrozenSet<DateOnly>? holidays = null)
    {
        var (at, day) = NextOpening(start, zone, dayStart, dayEnd, holidays);
        var timeOfDay = TimeZoneInfo.ConvertTime(at, zone).TimeOfDay;
        for (var days = (int)duration.TotalDays; days > 0; days--)
        {
            day = NextWorkingDay(day.AddDays(1), holidays);
        }

        // Within business hours, which no daylight-saving change falls in: the local time exists once.
        var local = day + timeOfDay;
        var end = new DateTimeOffset(local, zone.GetUtcOffset(local)) + (duration - TimeSpan.FromDays((int)duration.TotalDays));
        return end.ToOffset(start.Offset);
    }

    /// <summary>The next instant inside business hours (<paramref name="now"/> when inside) and its local date.</summary>
    private static (DateTimeOffset At, DateTime LocalDate) NextOpening(
        DateTimeOffset now, TimeZoneInfo zone, TimeSpan dayStart, TimeSpan dayEnd, FrozenSet<DateOnly>? holidays)
    {
        // One conversion per call: routing asks this of every SLA rule a lead matches.
        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (local.TimeOfDay >= dayStart && local.TimeOfDay < dayEnd && NextWorkingDay(local.Date, holidays) == local.Date)
        {
            return (now, local.Date);
        }

        var day = NextWorkingDay(local.TimeOfDay < dayStart ? local.Date : local.Date.AddDays(1), holidays);
        var opening = day + dayStart;
        return (new DateTimeOffset(opening, zone.GetUtcOffset(opening)), day);
    }

    /// <summary>
    /// <paramref name="day"/>, or the first day after it that is neither a Saturday, a Sunday nor
    /// one of <paramref name="holidays"/> (at most <see cref="MaxHolidaysSkipped"/> of them).
    /// </summary>
    private static DateTime NextWorkingDay(DateTime day, FrozenSet<DateOnly>? holidays)
    {
        for (var skipped = 0; ; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            if (holidays is null || skipped == MaxHolidaysSkipped || !holidays.Contains(DateOnly.FromDateTime(day)))
            {
                return day;
            }

            skipped++;
        }
    }
}
