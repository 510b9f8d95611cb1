namespace RoutingRules.Domain.Explain;

/// <summary>The service level that applied: lead type, response target, respond-by and escalation times, and why.</summary>
public sealed record TraceSla(string LeadType, TimeSpan? ResponseTarget, DateTimeOffset RespondBy, DateTimeOffset EscalateAt, string Reason, string? Rule)
{
    /// <summary>
    /// True when the policy counts the target and the escalation delay in business days (weekends
    /// skipped), so "5 days" can end 7 calendar days later; null in traces stored before it was recorded.
    /// </summary>
    public bool? BusinessDays { get; init; }
}
