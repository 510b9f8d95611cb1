namespace RoutingRules.Domain.Routing.Reassignment;

/// <summary>
/// The SLA a lead gets again when it changes hands without being routed again (<see cref="CarriedOver.Sla"/>).
/// </summary>
/// <param name="RespondBy">The new assignee must respond by then.</param>
/// <param name="EscalateAt">Without action by then the lead is escalated.</param>
/// <param name="BusinessDays">Whether the lead type's rule counts business days; null when the type is not known.</param>
/// <param name="Zone">The time zone whose working hours the clock counted, when the rule counts them.</param>
/// <param name="AfterHolidays">The lead's public holidays made the response or the escalation later.</param>
public readonly record struct FreshSla(DateTimeOffset RespondBy, DateTimeOffset EscalateAt, bool? BusinessDays, string? Zone, bool AfterHolidays);
