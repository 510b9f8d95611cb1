namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// The SLA counts of one rep or territory (<see cref="Id"/>, with the name the decisions recorded),
/// or of one treatment (<see cref="Treatment"/>; id and name empty).
/// </summary>
public sealed record SlaComplianceRow(string Id, string Name, Treatment? Treatment, SlaCounts Counts);
