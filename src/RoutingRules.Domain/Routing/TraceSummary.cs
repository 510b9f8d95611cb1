using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing;

/// <summary>The flat part of a <see cref="RoutingTrace"/>: fired rules, claims, exclusions, distribution.</summary>
public static class TraceSummary
{
    /// <param name="firedRules">Rule names in firing order (the matched facts of each firing are in <see cref="RoutingTrace.Details"/>).</param>
    /// <param name="facts">The finished session's facts.</param>
    /// <remarks>The claims and the distribution are text that only storing or rendering reads: described then, not while routing.</remarks>
    public static RoutingTrace Build(IReadOnlyList<string> firedRules, SessionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        TraceExclusion[] exclusions = facts.Exclusions.Count == 0 ? [] : new TraceExclusion[facts.Exclusions.Count];
        for (var i = 0; i < exclusions.Length; i++)
        {
            var x = facts.Exclusions[i];
            exclusions[i] = new TraceExclusion(x.RepId, x.Reason, x.Actual, x.Limit);
        }

        return facts.Claims.Count == 0 && facts.Distribution is null
            ? new RoutingTrace { FiredRules = firedRules, Exclusions = exclusions }
            : new RoutingTrace(facts) { FiredRules = firedRules, Exclusions = exclusions };
    }
}
