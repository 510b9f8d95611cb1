namespace RoutingRules.Domain.Routing;

/// <summary>
/// How a decision was reached, captured from engine events while the rules fire. Stored with the
/// committed decision (serialised with System.Text.Json) and rendered by ExplainRoute.
/// </summary>
public sealed record RoutingTrace
{
    /// <summary>Names of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> FiredRules { get; init; } = [];
}
