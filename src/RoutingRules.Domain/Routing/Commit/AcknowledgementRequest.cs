namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Records that the assignee of the lead's decision in force acted on it. With
/// <paramref name="RepId"/>, the decision must be assigned to that rep.
/// </summary>
public sealed record AcknowledgementRequest(string LeadId, string? RepId = null);
