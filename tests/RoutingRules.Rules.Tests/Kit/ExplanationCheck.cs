using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>
/// What every routed lead's explanation must say, in every locale: the deciding rule and the data
/// behind it (account and how it matched, territory, queue, exclusions with their figures) for
/// ops, and why and by when for the rep. The kit runs it on every lead it routes, so each
/// scenario test also proves its explanation.
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
        var details = routed.Trace.Details;
        Assert.NotNull(details);
        Assert.False(string.IsNullOrEmpty(details.DecidingRule), $"no deciding rule: {routed.Describe()}");

        foreach (var locale in MessageCatalog.Locales)
        {
            var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale);
            var text = explanation.ToText();
            Assert.Contains(explanation.Steps, s => s.Key.StartsWith("decision." + details.DecidingRule + ".", StringComparison.Ordinal)
                || (s.Key.StartsWith("distribution.", StringComparison.Ordinal) && details.Distribution?.Rule == details.DecidingRule));
            Assert.Contains(details.DecidingRule, explanation.Summary, StringComparison.Ordinal);
            AssertNamesData(routed, details, text);
            foreach (var x in details.Candidates.SelectMany(c => c.Exclusions.Select(e => (c.RepId, e))))
            {
                var step = Assert.Single(explanation.Steps, s => s.Key.StartsWith("exclusion.", StringComparison.Ordinal) && s.Text.Contains(x.RepId + ")", StringComparison.Ordinal)
                    && (x.e.Rule == "Capacity.DepartedMember" || s.Text.Contains(x.e.Actual, StringComparison.Ordinal)));
                Assert.Equal(explanation.Steps.Any(s => s.Key == "exclusion." + x.e.Rule) ? "exclusion." + x.e.Rule : "exclusion.other", step.Key);
                if (x.e.Rule is "Capacity.OpenLeadsCap" or "Capacity.OverdueFollowUps")
                {
                    Assert.Contains(x.e.Limit, text, StringComparison.Ordinal);
                }
            }

            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        }
    }

    public static void VerifyRep(RoutedLead routed)
    {
        var details = routed.Trace.Details!;
        foreach (var locale in MessageCatalog.Locales)
        {
            var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale);
            var text = explanation.ToText();
            AssertNamesData(routed, details, text);
            Assert.Contains(explanation.Steps, s => s.Key == "sla");
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        }
    }

    private static void AssertNamesData(RoutedLead routed, TraceDetails details, string text)
    {
        var matched = details.Accounts.FirstOrDefault(a => a.AccountId == details.LeadAccountId);
        if (matched is not null)
        {
            Assert.Contains(matched.Name, text, StringComparison.Ordinal);
            Assert.Contains(matched.MatchedOn ?? matched.Name, text, StringComparison.Ordinal);
        }

        if (details.OwningAccountName is { } owning && routed.Decision.Level != RoutingLevel.Territory)
        {
            Assert.Contains(owning, text, StringComparison.Ordinal);
        }

        if (routed.Decision.TerritoryName is { } territory)
        {
            Assert.Contains(territory, text, StringComparison.Ordinal);
        }

        if (routed.Decision.Assignee.QueueName is { } queue)
        {
            Assert.Contains(queue, text, StringComparison.Ordinal);
        }
    }
}
