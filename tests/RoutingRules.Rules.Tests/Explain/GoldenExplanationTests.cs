using RoutingRules.Domain.Explain;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Rendered text of representative decisions, both audiences x both locales, against files in
/// Explain/Golden. Set EXPLAIN_GOLDEN_UPDATE=1 to rewrite them after an intended change, then
/// review the diff. The versions step (hashes, firing list) is left out: it changes with any rule edit.
/// </summary>
public sealed class GoldenExplanationTests
{
    private static readonly string[] Representative =
    [
        "demo request from a customer", "subsidiary of strategic", "absent owner", "territory, member at cap",
        "every member full: backup", "overseas lead: default pool", "competitor",
        "free-mail lead from an account's network", "similar name confirmed by the office network",
        "direct-sourced account with a partner",
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var scenario in Representative)
        {
            foreach (var audience in new[] { "rep", "ops" })
            {
                foreach (var locale in MessageCatalog.Locales)
                {
                    data.Add(scenario, audience, locale);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_RepresentativeDecision_MatchesGoldenFile(string scenario, string audience, string locale)
    {
        var routed = ExplainScenarios.Route(scenario);
        var explanation = ExplanationRenderer.Render(routed.Decision, routed.Trace, audience == "ops" ? ExplanationAudience.Ops : ExplanationAudience.Rep, locale);
        var text = (explanation with { Steps = explanation.Steps.Where(s => s.Key != "versions").ToList() }).ToText().ReplaceLineEndings("\n") + "\n";
        var file = Path.Combine(GoldenDirectory(), $"{Slug(scenario)}.{audience}.{locale}.txt");
        if (Environment.GetEnvironmentVariable("EXPLAIN_GOLDEN_UPDATE") == "1")
        {
            File.WriteAllText(file, text);
        }

        Assert.True(File.Exists(file), $"missing golden file {file} (run with EXPLAIN_GOLDEN_UPDATE=1)");
        Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n"), text);
    }

    private static string Slug(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Replace("--", "-", StringComparison.Ordinal).Trim('-');

    private static string GoldenDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoutingRules.sln")))
            {
                var golden = Path.Combine(dir.FullName, "tests", "RoutingRules.Rules.Tests", "Explain", "Golden");
                Directory.CreateDirectory(golden);
                return golden;
            }
        }

        throw new InvalidOperationException("RoutingRules.sln not found above " + AppContext.BaseDirectory);
    }
}
