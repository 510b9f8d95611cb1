namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Where an SLA starts, and SLA durations added to it, counting only weekdays when the SLA is in business days.</summary>
public static class SlaClock
{
    /// <summary>
    /// The SLA counts from the lead's submission (speed to lead: a lead that waited upstream has
    /// that much less time), never from later than <paramref name="now"/> (a client's clock ahead
    /// of ours) nor from earlier than <paramref name="now"/> minus the response target: a lead that
    /// spent its whole target before reaching routing (an upstream outage, a reroute days later)
    /// is due at once and keeps the delay between its response target and its escalation, rather
    /// than being escalated away from a rep who never had it.
    /// </summary>
    public static DateTimeOffset Start(DateTimeOffset? submittedAt, DateTimeOffset now, TimeSpan responseTarget)
    {
        if (submittedAt is not { } submitted || submitted >= now)
        {
            return now;
        }

        var earliest = now - responseTarget;
        return submitted < earliest ? earliest : submitted;
    }

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
