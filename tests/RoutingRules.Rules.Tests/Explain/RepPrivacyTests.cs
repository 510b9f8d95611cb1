using System.Text.RegularExpressions;
using RoutingRules.Domain.Explain;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>A REP explanation (text and trace) names no rep but the assignee and shows nobody else's workload.</summary>
public sealed class RepPrivacyTests
{
    public static TheoryData<string> Scenarios => ExplainScenarios.Theory();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_Rep_NeverNamesAnotherRep(string scenario)
    {
        var routed = ExplainScenarios.Route(scenario);
        var assignee = routed.Decision.Assignee.RepId;
        var others = RoutingKit.DemoDataset.Reps.Where(r => r.Id != assignee).ToList();
        var redacted = TraceJson.Serialize(TraceRedactor.ForAssignee(routed.Trace, routed.Decision));
        foreach (var locale in MessageCatalog.Locales)
        {
            var text = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale).ToText();
            foreach (var rep in others)
            {
                Assert.DoesNotContain(rep.Name, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(Word(rep.Id), text);
                Assert.DoesNotContain(rep.Name, redacted, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(Word(rep.Id), redacted);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_RepOfSupersededDecision_NeverNamesAnotherRep(string scenario)
    {
        var routed = ExplainScenarios.Route(scenario);
        var others = RoutingKit.DemoDataset.Reps.Where(r => r.Id != routed.Decision.Assignee.RepId).ToList();
        foreach (var locale in MessageCatalog.Locales)
        {
            var text = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, locale, superseded: true).ToText();
            foreach (var rep in others)
            {
                Assert.DoesNotContain(rep.Name, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch(Word(rep.Id), text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Render_Rep_ShowsNoCandidateFigures(string scenario)
    {
        var routed = ExplainScenarios.Route(scenario);
        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en");
        Assert.DoesNotContain(explanation.Steps, s => s.Key.StartsWith("exclusion.", StringComparison.Ordinal) || s.Key == "candidate.eligible");
        Assert.DoesNotContain(explanation.Steps, s => s.Key.EndsWith(".ops", StringComparison.Ordinal) || s.Key == "claims.lost" || s.Key == "versions");
        var redacted = TraceRedactor.ForAssignee(routed.Trace, routed.Decision).Details!;
        Assert.All(redacted.Candidates, c => Assert.Equal(routed.Decision.Assignee.RepId, c.RepId));
        Assert.Empty(redacted.Firings);
        Assert.True(redacted.Distribution is null || redacted.Distribution.Inputs.Length == 0);
    }

    [Fact]
    public void Render_OpsOfTheSameTerritoryDecision_DoesNameOtherCandidates()
    {
        // Guards the privacy tests against passing because no other rep was ever involved.
        var routed = ExplainScenarios.Route("territory, member at cap");
        var ops = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, "en").ToText();
        var rep = ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Rep, "en").ToText();
        Assert.Matches(Word("ae-paris-1"), ops);
        Assert.DoesNotMatch(Word("ae-paris-1"), rep);
    }

    private static Regex Word(string id) => new($"(?<![\\w-]){Regex.Escape(id)}(?![\\w-])");
}
