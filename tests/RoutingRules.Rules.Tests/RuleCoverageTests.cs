using RoutingRules.Rules.Tests.Coverage;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests;

/// <summary>
/// Every rule of the set fires in at least one scenario test: no dead rule ships. The scenario
/// tests are found and run here, with the kit recording the rules that fire in every lead they
/// route, so a new rule is covered by its own scenario test and this file never needs an edit.
/// </summary>
public sealed class RuleCoverageTests
{
    private const string ScenarioNamespace = "RoutingRules.Rules.Tests.Scenarios";

    [Fact]
    public async Task ScenarioTests_FireEveryRuleOfTheSet()
    {
        var notRun = new List<string>();
        var calls = TestDiscovery.Calls(typeof(RuleCoverageTests).Assembly, ScenarioNamespace, notRun);
        Assert.True(calls.Count > 0, $"no test found in namespace {ScenarioNamespace}");

        var fired = new HashSet<string>(StringComparer.Ordinal);
        using (var recording = FiredRuleRecording.Open())
        {
            foreach (var call in calls)
            {
                if (await call.RunAsync() is { } reason)
                {
                    notRun.Add(reason);
                }
            }

            fired.UnionWith(recording.Fired);
        }

        fired.UnionWith(DemoWalkThrough.Scenarios().SelectMany(r => r.Trace.FiredRules));
        var never = RoutingKit.RuleSet.Rules.Select(r => r.Name).Where(n => !fired.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(never.Count == 0, NeverFiredMessage(never, notRun));
    }

    private static string NeverFiredMessage(IReadOnlyList<string> never, IReadOnlyList<string> notRun)
    {
        var message = $"""
            {never.Count} rule(s) fired in no scenario test: {string.Join(", ", never)}.
            Add a scenario test that routes a lead which fires each: a [Fact] or [Theory] of a public class in namespace
            {ScenarioNamespace} (tests/RoutingRules.Rules.Tests/Scenarios/<Concern>ScenarioTests.cs) routing through the kit,
            e.g. RoutingKit.Demo().Route(Leads.InParis("a@b.fr") with {"{ ... }"}).Fired("{never.FirstOrDefault()}").
            This test finds and runs the scenario tests itself: there is nothing to add to it.
            If such a test exists, the rule's conditions can never hold: check they match facts the router inserts
            (LeadProfile, not Lead; the fact table of docs/rules.md) and values the lead really has.
            """;
        return notRun.Count == 0
            ? message
            : message + Environment.NewLine + "Scenario tests this run could not invoke, so not counted: " + string.Join("; ", notRun);
    }
}
