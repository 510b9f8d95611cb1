using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Manual;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The decision step of a manual assignment (AssignLead), from its one fact: who assigned the lead
/// and why, and for ops who had it before (a rep, a queue, or the same rep). The rep is told who and
/// why, never who had the lead before.
/// </summary>
internal static class ManualAssignmentStep
{
    public static bool Applies(RenderContext c) => c.Decision.Level == RoutingLevel.Manual;

    public static void Append(RenderContext c, List<ExplanationStep> steps)
    {
        var fact = Fact(c);
        var facts = fact?.Fields.Select(kv => KeyValuePair.Create(ManualAssigner.FactType + "." + kv.Key, kv.Value)) ?? [];
        var key = c.Variant("decision.manual");
        if (!c.ForRep && fact is not null)
        {
            key += fact["previousQueue"] is { Length: > 0 } ? ".queue"
                : fact["previousRep"] == c.Decision.Assignee.RepId ? ".kept"
                : string.Empty;
        }

        steps.Add(c.Step(key, facts, ("assignedBy", AssignedBy(c)), ("reason", fact?["reason"] ?? c.Decision.Reason)));
        // No territory step of its own, as for an escalation: say where the lead was routed.
        if (c.Decision.TerritoryName is not null)
        {
            steps.Add(c.Step("escalation.territory"));
        }
    }

    /// <summary>Who assigned the lead, as they gave their name, else the catalogue's word for an unnamed operator.</summary>
    public static string AssignedBy(RenderContext c) =>
        Fact(c)?["assignedBy"] is { Length: > 0 } name ? name : c.Text("manual.unnamed");

    private static TraceFact? Fact(RenderContext c) => c.Details.Facts.FirstOrDefault(f => f.Type == ManualAssigner.FactType);
}
