using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Engine;

namespace RoutingRules.Domain.Routing;

/// <summary>Listens to rule firings of one session and builds the <see cref="RoutingTrace"/>.</summary>
public sealed class TraceRecorder
{
    // Only references while the rules fire; facts are described once, when the trace is built.
    private readonly List<(string Rule, IReadOnlyList<IFactMatch> Facts)> _firings = [];

    public void OnRuleFired(object? sender, AgendaEventArgs args) => _firings.Add((args.Rule.Name, args.Match.Facts));

    public RoutingTrace Build(SessionFacts facts) => new()
    {
        FiredRules = _firings.Select(f => f.Rule).ToList(),
        Steps = _firings.Select(f => new TraceStep(f.Rule, f.Facts.Select(m => $"{m.Name}: {Describe(m.Value)}").ToList())).ToList(),
        Claims = facts.Claims.Select(c => c.ToString()).ToList(),
        Exclusions = facts.Exclusions.Select(x => new TraceExclusion(x.RepId, x.Reason, x.Actual, x.Limit)).ToList(),
        Distribution = facts.Distribution?.ToString(),
    };

    private static string Describe(object? value) => value switch
    {
        null => "none",
        Policy.RoutingPolicy => "policy",
        System.Collections.ICollection items => $"{items.Count} item(s)",
        System.Collections.IEnumerable items and not string => $"{items.Cast<object>().Count()} item(s)",
        Model.Opportunity o => $"opportunity {o.Id} ({o.Status}) of {o.AccountId}, owner {o.OwnerId}",
        Model.PreviousLead l => $"previous lead {l.Id} ({l.Outcome}), owner {l.OwnerId}",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
