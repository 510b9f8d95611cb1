using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The explanation of a decision whose trace is not at hand: removed by the trace retention,
/// stored before traces carried their details, or not yet written (the lead's reroute is being
/// committed). It says so, then tells only what the decision itself records (assignee, level,
/// territory, treatment, deadlines, flags), never a figure it would have to guess.
/// </summary>
internal static class UntracedExplanation
{
    public static (string Summary, List<ExplanationStep> Steps) Render(RenderContext c, RoutingTrace trace, bool stillBeingWritten)
    {
        var decision = c.Decision;
        var steps = new List<ExplanationStep> { c.Step(stillBeingWritten ? "untraced.pending" : "untraced.removed") };
        if (!c.ForRep)
        {
            steps.Add(c.Step("untraced.decision.ops", ("reason", decision.Reason)));
        }
        else if (!decision.Assignee.IsQueue)
        {
            // A queue's lead was given to no one: the summary names the queue.
            steps.Add(c.Step("decision.level.rep"));
        }

        if (decision.TerritoryName is not null)
        {
            steps.Add(c.Step("untraced.territory"));
        }

        steps.Add(c.Step("untraced.treatment", ("treatment", c.Catalog.Label("treatment", decision.Treatment.ToString()))));
        steps.Add(c.Step(c.Superseded ? "untraced.sla.superseded" : "untraced.sla"));
        if (decision.Priority == LeadPriority.Hot)
        {
            steps.Add(c.Step("untraced.priority.hot"));
        }

        ExplanationSteps.Flags(c, steps);
        if (!c.ForRep)
        {
            // Traces stored before they carried details still name the rules that fired.
            steps.Add(trace.FiredRules.Count > 0
                ? c.Step("untraced.versions.rules", ("ruleSet", decision.RuleSetVersion), ("rules", string.Join(c.Text("list.separator"), trace.FiredRules)))
                : c.Step("untraced.versions", ("ruleSet", decision.RuleSetVersion)));
        }

        return (Summary(c), steps);
    }

    private static string Summary(RenderContext c)
    {
        var superseded = c.Superseded ? ".superseded" : string.Empty;
        return c.Audience == ExplanationAudience.Ops
            ? c.Text("untraced.summary.ops" + superseded)
            : c.Text((c.Decision.Assignee.IsQueue ? "untraced.summary.rep.queue" : "untraced.summary.rep.rep") + superseded);
    }
}
