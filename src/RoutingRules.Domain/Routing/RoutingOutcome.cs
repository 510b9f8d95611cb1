namespace RoutingRules.Domain.Routing;

/// <summary>A decision, the state changes committing it implies, and the trace of how it was reached.</summary>
public sealed record RoutingOutcome(RoutingDecision Decision, LiveStateChanges Changes, RoutingTrace Trace);
