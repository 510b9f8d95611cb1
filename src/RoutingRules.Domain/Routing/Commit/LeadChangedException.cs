namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// A request without reroute for a lead that already has a decision, whose lead fields differ from
/// those the decision was routed from: answering with that decision would silently drop what
/// changed, so the caller is told to reroute (route again with the new fields) or to repeat the
/// original request (read the decision).
/// </summary>
public sealed class LeadChangedException(string leadId, string decisionId)
    : Exception($"Lead '{leadId}' already has decision '{decisionId}', routed from different lead fields: " +
        "set reroute to route it again with these fields, or repeat the original request to read its decision.")
{
    public string LeadId { get; } = leadId;
    public string DecisionId { get; } = decisionId;
}
