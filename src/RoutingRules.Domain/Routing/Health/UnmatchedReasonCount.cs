namespace RoutingRules.Domain.Routing.Health;

/// <summary>How many of the window's unmatched decisions in force gave one reason (<see cref="UnmatchedReason.Unknown"/>: stored before reasons were kept).</summary>
public readonly record struct UnmatchedReasonCount(UnmatchedReason Reason, int Count);
