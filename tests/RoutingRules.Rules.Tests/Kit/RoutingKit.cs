using RoutingRules.Domain.Model;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Rules.Tests.Kit;

/// <summary>
/// Entry point of the rule-author test kit: the compiled rule set (once per test run), the demo
/// dataset, and scenarios over it or over a small dataset built in the test.
/// </summary>
public static class RoutingKit
{
    /// <summary>The "today" of the demo dataset's scenarios: a Monday morning in Paris.</summary>
    public static readonly DateTimeOffset DemoNow = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>A leave that covers <see cref="DemoNow"/> (from the day before to six days after), for a rep's <c>Absences</c>.</summary>
    public static readonly AbsencePeriod OnLeaveAtDemoNow = new(DemoNow.AddDays(-1), DemoNow.AddDays(6));

    private static readonly Lazy<RoutingRuleSet> LazyRuleSet = new(() => RoutingRuleSet.Compile());
    private static readonly Lazy<Dataset> LazyDemo = new(() => DatasetJson.Load(Path.Combine(RepositoryRoot(), "samples", "demo-dataset.json")));

    public static RoutingRuleSet RuleSet => LazyRuleSet.Value;

    public static Dataset DemoDataset => LazyDemo.Value;

    /// <summary>A scenario over the demo dataset at <see cref="DemoNow"/>.</summary>
    public static RoutingScenario Demo() => new(DemoDataset, DemoNow);

    /// <summary>A scenario over a dataset built by the test.</summary>
    public static RoutingScenario With(Dataset dataset) => new(dataset, DemoNow);

    /// <summary>The clone's root (where RoutingRules.sln is), for tests that read the sources.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoutingRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RoutingRules.sln not found above " + AppContext.BaseDirectory);
    }
}
