using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>A response target and escalation time for a lead type; the earliest respond-by wins.</summary>
public sealed class SlaAssessment(
    LeadType leadType, DateTimeOffset startedAt, DateTimeOffset respondBy, DateTimeOffset escalateAt, string reason, string? businessHoursZone = null, bool afterHolidays = false)
{
    public LeadType LeadType { get; } = leadType;

    /// <summary>Where the SLA's clock starts: the routing time, or the lead's submission before it (<see cref="SlaClock.Window"/>).</summary>
    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset RespondBy { get; } = respondBy;
    public DateTimeOffset EscalateAt { get; } = escalateAt;
    public string Reason { get; } = reason;

    /// <summary>The time zone whose working hours the SLA counted in (<see cref="SlaRule.BusinessHours"/>); null for a calendar SLA.</summary>
    public string? BusinessHoursZone { get; } = businessHoursZone;

    /// <summary>The lead's public holidays made the response or the escalation later (<see cref="SlaWindow.AfterHolidays"/>).</summary>
    public bool AfterHolidays { get; } = afterHolidays;

    public static SlaAssessment For(LeadType type, RoutingPolicy policy, LeadProfile lead, string reason)
    {
        var window = SlaClock.Window(
            lead.Lead.SubmittedAt, lead.Now, policy.Sla.For(type), WorkingHours.For(policy, lead.Lead.TimeZone, lead.Lead.Country), policy.Sla.EscalateInWorkingHours);
        return new SlaAssessment(type, window.Start, window.RespondBy, window.EscalateAt, reason, window.BusinessHoursZone, window.AfterHolidays);
    }

    public static bool Outranks(SlaAssessment other, SlaAssessment s) =>
        other.RespondBy != s.RespondBy ? other.RespondBy < s.RespondBy : other.LeadType < s.LeadType;

    public override string ToString() => $"SLA {LeadType}: respond by {RespondBy:O} ({Reason})";
}
