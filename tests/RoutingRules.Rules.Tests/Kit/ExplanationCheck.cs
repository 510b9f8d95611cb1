using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>
/// What every routed lead's explanation must say, in every locale: the deciding rule and the data
/// behind it (account and how it matched, territory, queue, exclusions with their figures) for
/// ops, and why and by when for the rep. The kit runs it on every lead it routes, so each
/// scenario test also proves its explanation. A failure says what was expected, of which
/// explanation, for which decision, and which steps the explanation had.
/// </summary>
public static class ExplanationCheck
{
    public static void Verify(RoutedLead routed)
    {
        VerifyOps(routed);
        VerifyRep(routed);
    }

    public static void VerifyOps(RoutedLead routed)
    {
        var details = TraceDetailsOf(routed);
        var rule = details.DecidingRule;
        Expect(!string.IsNullOrEmpty(rule), routed, null, "the trace to name the deciding rule (TraceDetails.DecidingRule)");

        foreach (var locale in MessageCatalog.Locales)
        {
            var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
            Expect(NamesDecidingRule(explanation, details, rule!), routed, explanation,
                $"a step for the deciding rule {rule}: its own message decision.{rule}.ops, else the generic decision.level.ops naming it, " +
                "or the distribution step of the strategy it ran");
            Expect(explanation.Summary.Contains(rule!, StringComparison.Ordinal), routed, explanation,
                $"the summary to name the deciding rule {rule}; it reads: {explanation.Summary}");
            ExpectNamesData(routed, details, explanation);
            // The members' exclusions are told where the territory is: an owner's or a queue's
            // decision only names the territory its claim outranked, whatever its members were.
            foreach (var (repId, exclusion) in TellsTerritory(explanation) ? details.Candidates.SelectMany(c => c.Exclusions.Select(e => (c.RepId, e))) : [])
            {
                ExpectExclusionStep(routed, explanation, repId, exclusion);
            }

            ExpectNoPlaceholderLeft(routed, explanation);
        }
    }

    public static void VerifyRep(RoutedLead routed)
    {
        var details = TraceDetailsOf(routed);
        foreach (var locale in MessageCatalog.Locales)
        {
            var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);
            ExpectNamesData(routed, details, explanation);
            Expect(explanation.Steps.Any(s => s.Key is "sla" or "sla.submitted" or "sla.due" or "sla.businessHours"), routed, explanation, "an sla step (respond within, by when)");
            ExpectHotReasonsWorded(routed, details, explanation);
            ExpectNoPlaceholderLeft(routed, explanation);
        }
    }

    private static TraceDetails TraceDetailsOf(RoutedLead routed)
    {
        Expect(routed.Trace.Details is not null, routed, null, "a structured trace (RoutingTrace.Details) to explain");
        return routed.Trace.Details!;
    }

    // A rule with no message of its own in the catalogues is explained by the generic
    // decision.level.ops, which names it (docs/explain.md, "Rendering"); a distribution rule by
    // the step of the strategy it ran.
    private static bool NamesDecidingRule(Explanation explanation, TraceDetails details, string rule) =>
        explanation.Steps.Any(s => s.Key.StartsWith("decision." + rule + ".", StringComparison.Ordinal)
            || (s.Key == "decision.level.ops" && s.Text.Contains(rule, StringComparison.Ordinal))
            || (s.Key.StartsWith("distribution.", StringComparison.Ordinal) && details.Distribution?.Rule == rule));

    private static bool TellsTerritory(Explanation explanation) =>
        explanation.Steps.Any(s => s.Key is "territory.chosen" or "territory.only" or "territory.nearest");

    private static void ExpectExclusionStep(RoutedLead routed, Explanation explanation, string repId, TraceCandidateExclusion exclusion)
    {
        var steps = explanation.Steps
            .Where(s => s.Key.StartsWith("exclusion.", StringComparison.Ordinal) && s.Text.Contains(repId + ")", StringComparison.Ordinal)
                // An instant, a status, a profile, a time-zone distance, languages or products are worded by the
                // catalogue (the date style, "in a meeting", "5 hours 30 minutes", "French"), not shown as
                // the trace stores them (ExclusionWordingTests checks those lines word for word).
                && (exclusion.Rule is "Capacity.DepartedMember" or "Capacity.CoolDown" or "Capacity.Absence"
                        or "Capacity.UnavailableStatus" or "Capacity.RequiredSeniority" or "Capacity.TimeZonePreference"
                        or "Capacity.LanguagePreference" or "Capacity.ProductPreference"
                    || s.Text.Contains(ShownValue(exclusion), StringComparison.Ordinal)))
            .ToList();
        Expect(steps.Count == 1, routed, explanation,
            $"one exclusion step naming {repId} with the value '{ShownValue(exclusion)}' of {exclusion.Rule}, found {steps.Count}");

        // A rule without a sentence of its own gets the generic one, in the variant of the figures it recorded.
        var own = "exclusion." + exclusion.Rule;
        Expect(steps[0].Key == own || (!explanation.Steps.Any(s => s.Key == own) && steps[0].Key.StartsWith("exclusion.other", StringComparison.Ordinal)),
            routed, explanation, $"the exclusion of {repId} by {exclusion.Rule} under the key {own} or exclusion.other, not {steps[0].Key}");
        if (exclusion.Rule is "Capacity.OpenLeadsCap" or "Capacity.OverdueFollowUps")
        {
            Expect(explanation.ToText().Contains(exclusion.Limit, StringComparison.Ordinal), routed, explanation,
                $"the limit {exclusion.Limit} of {exclusion.Rule} that excluded {repId}");
        }
    }

    // The figure an exclusion step must show; a rule that recorded none is known by its reason.
    private static string ShownValue(TraceCandidateExclusion exclusion) =>
        exclusion.Actual.Length > 0 ? exclusion.Actual : exclusion.Reason;

    // A hot reason is a label of the catalogues (hot.<reason>): without one, every locale would show the rule's own text.
    private static void ExpectHotReasonsWorded(RoutedLead routed, TraceDetails details, Explanation explanation)
    {
        var catalog = MessageCatalog.For(explanation.Locale);
        foreach (var reason in details.HotReasons)
        {
            Expect(catalog.Has("hot." + reason), routed, explanation,
                $"a label hot.{reason} for the hot reason '{reason}' in EnglishMessages.cs and FrenchMessages.cs (docs/rules.md)");
        }
    }

    private static void ExpectNamesData(RoutedLead routed, TraceDetails details, Explanation explanation)
    {
        var text = explanation.ToText();
        var matched = details.Accounts.FirstOrDefault(a => a.AccountId == details.LeadAccountId);
        if (matched is not null)
        {
            Expect(text.Contains(matched.Name, StringComparison.Ordinal), routed, explanation, $"the matched account's name {matched.Name}");
            var on = matched.MatchedOn ?? matched.Name;
            Expect(text.Contains(on, StringComparison.Ordinal), routed, explanation, $"the value the account was matched on, {on}");
        }

        // Fields the lead did not give and routing took from its account: the reader is told which, with their values.
        if (details.Notes.FirstOrDefault(n => n.Type == "Lead")?["filled"] is { } filled)
        {
            var step = explanation.Steps.FirstOrDefault(s => s.Key == "fill")?.Text ?? string.Empty;
            Expect(step.Length > 0, routed, explanation, $"a fill step naming the fields taken from the account ({filled})");
            foreach (var (field, value) in new[] { ("Industry", details.Lead.Industry), ("Country", details.Lead.Country) })
            {
                Expect(!filled.Contains(field, StringComparison.Ordinal) || step.Contains(value!, StringComparison.Ordinal), routed, explanation,
                    $"the fill step to give the {field} taken from the account, {value}");
            }
        }

        if (details.OwningAccountName is { } owning && routed.Decision.Level != RoutingLevel.Territory)
        {
            Expect(text.Contains(owning, StringComparison.Ordinal), routed, explanation, $"the owning account's name {owning}");
        }

        if (routed.Decision.TerritoryName is { } territory)
        {
            Expect(text.Contains(territory, StringComparison.Ordinal), routed, explanation, $"the territory {territory}");
        }

        if (routed.Decision.Assignee.QueueName is { } queue)
        {
            Expect(text.Contains(queue, StringComparison.Ordinal), routed, explanation, $"the queue {queue}");
        }
    }

    private static void ExpectNoPlaceholderLeft(RoutedLead routed, Explanation explanation)
    {
        var unfilled = explanation.Steps.Select(s => $"{s.Key}: {s.Text}").Prepend("summary: " + explanation.Summary)
            .FirstOrDefault(line => line.Contains('{', StringComparison.Ordinal));
        Expect(unfilled is null, routed, explanation, $"every placeholder filled, but {unfilled}");
    }

    private static void Expect(bool holds, RoutedLead routed, Explanation? explanation, string expected)
    {
        if (holds)
        {
            return;
        }

        var what = explanation is null ? "trace" : $"{explanation.Audience} explanation ({explanation.Locale})";
        var steps = explanation is null ? "none rendered" : string.Join(", ", explanation.Steps.Select(s => s.Key));
        Assert.Fail($"""
            The {what} of lead {routed.Decision.LeadId}: expected {expected}.
            Decision: {routed.Describe()}
            Steps: {steps}
            """);
    }
}
