namespace RoutingRules.Domain.Policy;

/// <summary>
/// Response target and escalation delay for one lead type. <see cref="ResponseTargetMax"/> expresses
/// ranges such as "24-48 h"; <see cref="BusinessDays"/> means the response target counts business
/// time, and so does the escalation delay unless <see cref="EscalationBusinessDays"/> says otherwise:
/// DOMAIN.md's content downloads are answered within 5 business days and escalated after 10 days
/// without action (10 calendar days, not two working weeks). <see cref="CountsBusinessHours"/> counts
/// the target and the escalation delay in working hours only (<see cref="TerritoryPolicy.BusinessHoursStart"/>
/// to <see cref="TerritoryPolicy.BusinessHoursEnd"/> on weekdays, in the lead's time zone): a 15-minute
/// demo request submitted at 2 a.m. is due 15 minutes after the next opening, not at 2:15.
/// </summary>
public sealed record SlaRule(
    LeadType LeadType,
    TimeSpan ResponseTarget,
    TimeSpan EscalateAfter,
    TimeSpan? ResponseTargetMax = null,
    bool BusinessDays = false,
    bool? EscalationBusinessDays = null,
    bool? BusinessHours = null)
{
    /// <summary>
    /// Whether the target and the escalation delay count working hours only: <see cref="BusinessHours"/>,
    /// else a target of minutes or hours does (a lead of the night is answered from the morning, seed
    /// 001: "schedule the follow-up for business hours when the lead arrives after hours", not
    /// escalated up the chain while everyone sleeps) and one of days counts days.
    /// </summary>
    public bool CountsBusinessHours => BusinessHours ?? (!BusinessDays && EscalationBusinessDays != true && ResponseTarget < TimeSpan.FromDays(1));

    /// <summary>Whether <see cref="EscalateAfter"/> counts business time (<see cref="EscalationBusinessDays"/>, else <see cref="BusinessDays"/>).</summary>
    public bool EscalatesInBusinessDays => EscalationBusinessDays ?? BusinessDays;
}
