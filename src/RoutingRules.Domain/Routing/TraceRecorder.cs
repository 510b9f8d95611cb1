using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Engine;

namespace RoutingRules.Domain.Routing;

/// <summary>Listens to rule firings of one session and builds the <see cref="RoutingTrace"/>.</summary>
public sealed class TraceRecorder
{
    // Rule names only: the matched facts of each firing are in RoutingTrace.Details.Firings.
    private readonly List<string> _fired = new(32);

    public void OnRuleFired(object? sender, AgendaEventArgs args) => _fired.Add(args.Rule.Name);

    public RoutingTrace Build(SessionFacts facts) => new()
    {
        FiredRules = _fired,
        Claims = facts.Claims.Select(c => c.ToString()).ToList(),
        Exclusions = facts.Exclusions.Select(x => new TraceExclusion(x.RepId, x.Reason, x.Actual, x.Limit)).ToList(),
        Distribution = facts.Distribution?.ToString(),
    };
}
