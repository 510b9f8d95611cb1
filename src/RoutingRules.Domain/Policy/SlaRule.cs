namespace RoutingRules.Domain.Policy;

/// <summary>
/// Response target and escalation delay for one lead type. <see cref="ResponseTargetMax"/> expresses
/// ranges such as "24-48 h"; <see cref="BusinessDays"/> means the durations count business time.
/// </summary>
public sealed record SlaRule(
    LeadType LeadType,
    TimeSpan ResponseTarget,
    TimeSpan EscalateAfter,
    TimeSpan? ResponseTargetMax = null,
    bool BusinessDays = false);
