namespace RoutingRules.Domain.Routing.Commit;

/// <summary>A durable decision; <paramref name="Replay"/> when it was committed by an earlier call.</summary>
public sealed record AssignmentResult(CommittedDecision Decision, bool Replay);
