using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing;

/// <summary>The flat part of a <see cref="RoutingTrace"/>: fired rules, claims, exclusions, distribution.</summary>
public static class TraceSummary
{
    /// <param name="firedRules">Rule names in firing order (the matched facts of each firing are in <see cref="RoutingTrace.Details"/>).</param>
    /// <param name="facts">The finished session's facts.</param>
    public static RoutingTrace Build(IReadOnlyList<string> firedRules, SessionFacts facts) => new()
    {
        FiredRules = firedRules,
        Claims = facts.Claims.Select(c => c.ToString()).ToList(),
        Exclusions = facts.Exclusions.Select(x => new TraceExclusion(x.RepId, x.Reason, x.Actual, x.Limit)).ToList(),
        Distribution = facts.Distribution?.ToString(),
    };
}
