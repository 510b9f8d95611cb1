namespace RoutingRules.Domain.Explain;

/// <summary>The service level that applied: lead type, response target, respond-by and escalation times, and why.</summary>
public sealed record TraceSla(string LeadType, TimeSpan? ResponseTarget, DateTimeOffset RespondBy, DateTimeOffset EscalateAt, string Reason, string? Rule)
{
    /// <summary>
    /// True when the policy counts the target and the escalation delay in business days (weekends
    /// skipped), so "5 days" can end 7 calendar days later; null in traces stored before it was recorded.
    /// </summary>
    public bool? BusinessDays { get; init; }

    /// <summary>
    /// Where the SLA's clock started when that was before the routing time: the lead's submission
    /// (<c>SlaClock.Window</c>). Null when it started at routing, and in traces stored before format 7.
    /// Format-7 traces stored before the submission was kept whole hold, for a lead that reached
    /// routing after its response target, the routing time less that target; no text quotes it then.
    /// </summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>
    /// The time zone whose working hours the target and the escalation delay counted in (a lead of
    /// the night is due from the next opening); null for a calendar SLA and in traces before format 8.
    /// </summary>
    public string? BusinessHoursZone { get; init; }

    /// <summary>
    /// True when the lead's public holidays (<c>TerritoryPolicy.Holidays</c>) made the response or
    /// the escalation later than weekdays alone would; null otherwise, and in traces before format 9.
    /// </summary>
    public bool? AfterHolidays { get; init; }
}
