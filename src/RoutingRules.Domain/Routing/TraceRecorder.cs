using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Engine;

namespace RoutingRules.Domain.Routing;

/// <summary>Listens to rule firings of one session and builds the <see cref="RoutingTrace"/>.</summary>
public sealed class TraceRecorder
{
    private readonly List<TraceStep> _steps = [];

    public void OnRuleFired(object? sender, AgendaEventArgs args)
    {
        var facts = args.Match.Facts;
        var described = new string[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            described[i] = $"{facts[i].Name}: {Describe(facts[i].Value)}";
        }

        _steps.Add(new TraceStep(args.Rule.Name, described));
    }

    public RoutingTrace Build(SessionFacts facts) => new()
    {
        FiredRules = _steps.Select(s => s.Rule).ToList(),
        Steps = _steps,
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
