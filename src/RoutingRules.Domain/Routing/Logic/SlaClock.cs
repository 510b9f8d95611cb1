namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Adds SLA durations, counting only weekdays when the SLA is in business days.</summary>
public static class SlaClock
{
    public static DateTimeOffset Add(DateTimeOffset start, TimeSpan duration, bool businessDays)
    {
        if (!businessDays)
        {
            return start + duration;
        }

        var result = start;
        var days = (int)duration.TotalDays;
        while (days > 0)
        {
            result = result.AddDays(1);
            if (result.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return result + (duration - TimeSpan.FromDays((int)duration.TotalDays));
    }
}
