using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Records what became of a lead under its decision in force. <paramref name="At"/> is when it
/// happened; null for now. A time after now (the caller's clock a little ahead) is taken as now.
/// </summary>
public sealed record OutcomeRequest(string LeadId, LeadOutcome Outcome, DateTimeOffset? At = null);
