using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Renders a decision and its trace as a summary sentence and ordered steps, for the assignee
/// (<see cref="ExplanationAudience.Rep"/>) or for operations (<see cref="ExplanationAudience.Ops"/>),
/// from the templates of one <see cref="MessageCatalog"/>. Reads the stored trace only; it never
/// routes again. A REP explanation names no rep but the assignee and shows no one else's figures.
/// </summary>
public static class ExplanationRenderer
{
    /// <param name="decision">The decision to explain.</param>
    /// <param name="trace">Its trace (the structured <see cref="RoutingTrace.Details"/> when present).</param>
    /// <param name="audience">Who reads it.</param>
    /// <param name="locale">"en" or "fr" (English for anything else).</param>
    /// <param name="dryRun">True when the decision was evaluated without being recorded.</param>
    /// <param name="superseded">
    /// True when a later decision for the lead replaced this one (a reroute): the text then says it
    /// no longer applies, without naming who has the lead now.
    /// </param>
    /// <param name="readerTimeZone">
    /// The assignee's IANA time zone: a REP explanation gives its times there, the clock the rep
    /// reads. OPS explanations, and REP ones without it, use the lead's zone, else UTC.
    /// </param>
    /// <param name="traceStillBeingWritten">
    /// True when <paramref name="trace"/> is missing because the decision is still being committed
    /// (read from the live state): the text then says its details come in a moment, not that they were removed.
    /// </param>
    public static Explanation Render(
        RoutingDecision decision, RoutingTrace trace, ExplanationAudience audience, string? locale = null, bool dryRun = false, bool superseded = false,
        string? readerTimeZone = null, bool traceStillBeingWritten = false)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(trace);
        var catalog = MessageCatalog.For(locale);
        var context = new RenderContext(decision, trace.Details ?? new TraceDetails(), audience, catalog, readerTimeZone) { Superseded = superseded };
        var steps = new List<ExplanationStep>();
        if (dryRun)
        {
            steps.Add(context.Step("step.dryrun"));
        }

        if (superseded)
        {
            steps.Add(context.Step(context.Variant("step.superseded")));
        }

        string summary;
        if (trace.Details is null)
        {
            var (untracedSummary, untracedSteps) = UntracedExplanation.Render(context, trace, traceStillBeingWritten);
            summary = untracedSummary;
            steps.AddRange(untracedSteps);
        }
        else
        {
            ExplanationSteps.Append(context, steps);
            summary = Summary(context);
        }

        if (dryRun)
        {
            summary = catalog.Format("summary.dryrun", new Dictionary<string, string> { ["summary"] = summary });
        }

        return new Explanation(summary, steps, audience, catalog.Locale);
    }

    private static string Summary(RenderContext c)
    {
        var superseded = c.Superseded ? ".superseded" : string.Empty;
        if (c.Audience == ExplanationAudience.Ops && ManualAssignmentStep.Applies(c))
        {
            return c.Text("summary.ops.manual" + superseded, ("lead", c.Decision.LeadId), ("assignee", c.AssigneeText), ("assignedBy", ManualAssignmentStep.AssignedBy(c)));
        }

        if (c.Audience == ExplanationAudience.Ops)
        {
            return c.Text("summary.ops" + superseded, ("lead", c.Decision.LeadId), ("assignee", c.AssigneeText), ("rule", c.Details.DecidingRule ?? c.Level));
        }

        // The company as the rep knows it: the matched account, else the name the lead gave, else its
        // domain, unless that is a free-mail one (gmail.com names the contact's mailbox, not a company).
        var lead = c.Details.Lead;
        var source = c.AccountName ?? lead.CompanyName
            ?? (lead.Domain is { } domain ? (lead.FreeMail ? c.Text("source.freeMail", ("domain", domain)) : domain) : null)
            ?? c.Text("unknown.company");
        var key = c.Decision.Assignee.IsQueue ? "summary.rep.queue" : "summary.rep.rep";
        if (c.Superseded || c.Decision.Assignee.IsQueue || !c.SlaFromSubmission)
        {
            return c.Text(key + superseded, ("source", source));
        }

        // The target counted from the submission: the rep has what was left of it when the lead arrived.
        return c.SlaTimeLeft > TimeSpan.Zero
            ? c.Text(key, ("source", source), ("duration", c.Remaining(c.SlaTimeLeft)))
            : c.Text(key + ".due", ("source", source));
    }
}
