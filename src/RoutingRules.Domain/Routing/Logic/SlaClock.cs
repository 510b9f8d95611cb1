using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>Where an SLA starts and ends, and SLA durations added to a time, counting only weekdays when the SLA is in business days.</summary>
public static class SlaClock
{
    /// <summary>
    /// The SLA of a lead routed at <paramref name="now"/>. It counts from the lead's submission
    /// (speed to lead: a lead that waited upstream has that much less time), never from later than
    /// <paramref name="now"/> (a client's clock ahead of ours). A lead whose response target ran out
    /// before it reached routing (an upstream outage, a reroute days later) is due at once and keeps
    /// the delay between its response target and its escalation, rather than being escalated away
    /// from a rep who never had it. The start stays the real submission either way, so an
    /// explanation can quote it.
    /// </summary>
    public static SlaWindow Window(DateTimeOffset? submittedAt, DateTimeOffset now, SlaRule rule)
    {
        var start = submittedAt is { } submitted && submitted < now ? submitted : now;
        var respondBy = Add(start, rule.ResponseTarget, rule.BusinessDays);
        if (respondBy >= now)
        {
            return new SlaWindow(start, respondBy, EscalateAt(start, respondBy, rule));
        }

        // Counted in the escalation's own units, so five business days out of ten leave five business days.
        return new SlaWindow(start, now, Max(now, Add(now, rule.EscalateAfter - rule.ResponseTarget, rule.EscalatesInBusinessDays)));
    }

    /// <summary>
    /// When an SLA that started at <paramref name="start"/> escalates: never before its response is
    /// due, which a calendar escalation delay short of a business-day target over a weekend would give.
    /// </summary>
    public static DateTimeOffset EscalateAt(DateTimeOffset start, DateTimeOffset respondBy, SlaRule rule) =>
        Max(respondBy, Add(start, rule.EscalateAfter, rule.EscalatesInBusinessDays));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

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

/// <summary>When a lead's SLA started (its submission, or its routing), when it must be answered and when it escalates.</summary>
public readonly record struct SlaWindow(DateTimeOffset Start, DateTimeOffset RespondBy, DateTimeOffset EscalateAt);
