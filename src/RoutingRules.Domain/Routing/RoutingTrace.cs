namespace RoutingRules.Domain.Routing;

/// <summary>
/// How a decision was reached, captured from engine events while the rules fire. Stored with the
/// committed decision (serialised with System.Text.Json) and rendered by ExplainRoute.
/// </summary>
public sealed record RoutingTrace
{
    /// <summary>Names of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> FiredRules { get; init; } = [];

    /// <summary>Every owner claim the account levels made (the winner is the decision's level).</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Territory candidates excluded, with the measured value and the limit.</summary>
    public IReadOnlyList<TraceExclusion> Exclusions { get; init; } = [];

    /// <summary>The figures the distribution strategy compared, when one ran.</summary>
    public string? Distribution { get; init; }

    /// <summary>The structured trace (facts, firings, claims, candidates, distribution, SLA); null in traces stored before it existed.</summary>
    public Explain.TraceDetails? Details { get; init; }
}
