namespace RoutingRules.Domain.Routing.Commit;

/// <summary>No decision was ever made for the lead.</summary>
public sealed class LeadNotFoundException(string leadId) : Exception($"No decision for lead '{leadId}'.")
{
    public string LeadId { get; } = leadId;
}
