namespace RoutingRules.Domain.Routing.Manual;

/// <summary>
/// The lead's decision in force kept changing (a reroute, an escalation) while a manual assignment
/// read the one it was to replace; nothing was changed, and the call can be made again.
/// </summary>
public sealed class DecisionInForceChangedException(string leadId)
    : Exception($"The decision in force for lead '{leadId}' changed while it was being assigned by hand.")
{
    public string LeadId { get; } = leadId;
}
