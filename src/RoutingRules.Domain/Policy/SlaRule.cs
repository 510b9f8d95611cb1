namespace RoutingRules.Domain.Policy;

/// <summary>
/// Response target and escalation delay for one lead type. <see cref="ResponseTargetMax"/> expresses
/// ranges such as "24-48 h"; <see cref="BusinessDays"/> means the response target counts business
/// time, and so does the escalation delay unless <see cref="EscalationBusinessDays"/> says otherwise:
/// DOMAIN.md's content downloads are answered within 5 business days and escalated after 10 days
/// without action (10 calendar days, not two working weeks).
/// </summary>
public sealed record SlaRule(
    LeadType LeadType,
    TimeSpan ResponseTarget,
    TimeSpan EscalateAfter,
    TimeSpan? ResponseTargetMax = null,
    bool BusinessDays = false,
    bool? EscalationBusinessDays = null)
{
    /// <summary>Whether <see cref="EscalateAfter"/> counts business time (<see cref="EscalationBusinessDays"/>, else <see cref="BusinessDays"/>).</summary>
    public bool EscalatesInBusinessDays => EscalationBusinessDays ?? BusinessDays;
}
