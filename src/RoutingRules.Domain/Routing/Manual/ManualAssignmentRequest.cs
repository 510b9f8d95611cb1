namespace RoutingRules.Domain.Routing.Manual;

/// <summary>
/// Ops hand a lead to a rep by hand (AssignLead), superseding the decision in force.
/// </summary>
/// <param name="LeadId">The lead; it must have a decision.</param>
/// <param name="RepId">The rep who takes it.</param>
/// <param name="Reason">Why, in ops' words; recorded in the decision's reason and explained to the rep.</param>
/// <param name="AssignedBy">Who assigned it (an ops user's name), when said.</param>
/// <param name="Acknowledged">
/// The rep takes the lead up now: the new decision is recorded acknowledged at once, so it is never escalated.
/// </param>
public sealed record ManualAssignmentRequest(string LeadId, string RepId, string Reason, string? AssignedBy = null, bool Acknowledged = false);
