using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// Where an SLA starts and ends, and SLA durations added to a time: counting only the lead's weekdays
/// but its holidays (from the next opening) when the SLA is in business days, only working hours
/// when it is in business hours (<see cref="SlaRule.CountsBusinessHours"/>).
/// </summary>
public static class SlaClock
{
    /// <summary>
    /// The SLA of a lead routed at <paramref name="now"/>. It counts from the lead's submission
    /// (speed to lead: a lead that waited upstream has that much less time), never from later than
    /// <paramref name="now"/> (a client's clock ahead of ours). A lead whose response target ran out
    /// before it reached routing (an upstream outage, a reroute days later) is due at once and keeps
    /// the delay between its response target and its escalation, rather than being escalated away
    /// from a rep who never had it. The start stays the real submission either way, so an
    /// explanation can quote it. <paramref name="hours"/> count only for a rule in business hours or
    /// business days; the window says whether the lead's holidays made it later. With
    /// <paramref name="escalateInWorkingHours"/>, an escalation the calendar counts and that falls
    /// outside the lead's working hours moves to the next opening (<see cref="SlaPolicy.EscalateInWorkingHours"/>).
    /// </summary>
    public static SlaWindow Window(DateTimeOffset? submittedAt, DateTimeOffset now, SlaRule rule, WorkingHours hours, bool escalateInWorkingHours = false)
    {
        var window = Counted(submittedAt, now, rule, hours, escalateInWorkingHours);
        // A calendar SLA meets the working days only when its escalation moves to the next opening.
        if (hours.Holidays is null || !(rule.CountsBusinessHours || rule.BusinessDays || rule.EscalatesInBusinessDays || escalateInWorkingHours))
        {
            return window;
        }

        // Counted again without them, for the explanation; only a lead that has holidays pays for it.
        var weekdays = Counted(submittedAt, now, rule, hours with { Holidays = null }, escalateInWorkingHours);
        return window with { AfterHolidays = window.RespondBy != weekdays.RespondBy || window.EscalateAt != weekdays.EscalateAt };
    }

    /// <summary>
    /// When an SLA that started at <paramref name="start"/> escalates: never before its response is
    /// due, which a calendar escalation delay short of a business-day target over a weekend would give.
    /// </summary>
    public static DateTimeOffset EscalateAt(DateTimeOffset start, DateTimeOffset respondBy, SlaRule rule, WorkingHours hours) =>
        Max(respondBy, Add(start, rule.EscalateAfter, rule.EscalatesInBusinessDays, rule, hours));

    // Working hours and business days already land inside the working day; only a calendar delay
    // (10 days, 72 hours) can end at night or on a weekend, when the backup it hands the lead to is away.
    private static SlaWindow AtOpening(SlaWindow window, SlaRule rule, WorkingHours hours, bool escalateInWorkingHours) =>
        escalateInWorkingHours && !rule.CountsBusinessHours && !rule.EscalatesInBusinessDays
            ? window with { EscalateAt = hours.NextOpening(window.EscalateAt) }
            : window;

    private static SlaWindow Counted(DateTimeOffset? submittedAt, DateTimeOffset now, SlaRule rule, WorkingHours hours, bool escalateInWorkingHours) =>
        AtOpening(Counted(submittedAt, now, rule, hours), rule, hours, escalateInWorkingHours);

    private static SlaWindow Counted(DateTimeOffset? submittedAt, DateTimeOffset now, SlaRule rule, WorkingHours hours)
    {
        var start = submittedAt is { } submitted && submitted < now ? submitted : now;
        var zone = rule.CountsBusinessHours ? hours.ZoneId : null;
        var respondBy = Add(start, rule.ResponseTarget, rule.BusinessDays, rule, hours);
        if (respondBy >= now)
        {
            return new SlaWindow(start, respondBy, EscalateAt(start, respondBy, rule, hours), zone);
        }

        // Counted in the escalation's own units, so five business days out of ten leave five business days.
        var escalateAt = Add(now, rule.EscalateAfter - rule.ResponseTarget, rule.EscalatesInBusinessDays, rule, hours);
        return new SlaWindow(start, now, Max(now, escalateAt), zone);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    // Business days are weekdays where the lead is, not in UTC (where a Californian Friday evening
    // is already Saturday), counted from the next opening: a lead of the night does not start its
    // days before anyone is at work.
    private static DateTimeOffset Add(DateTimeOffset start, TimeSpan duration, bool businessDays, SlaRule rule, WorkingHours hours) =>
        rule.CountsBusinessHours ? hours.Add(start, duration)
        : businessDays ? hours.AddDays(start, duration)
        : start + duration;
}

/// <summary>
/// When a lead's SLA started (its submission, or its routing), when it must be answered and when it
/// escalates; the time zone whose working hours it counted in, null when it counts the calendar;
/// whether the lead's public holidays made the response or the escalation later than weekdays alone would.
/// </summary>
public readonly record struct SlaWindow(DateTimeOffset Start, DateTimeOffset RespondBy, DateTimeOffset EscalateAt, string? BusinessHoursZone, bool AfterHolidays = false);
