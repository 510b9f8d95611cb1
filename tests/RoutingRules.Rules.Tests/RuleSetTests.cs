using System.Reflection;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests;

public sealed class RuleSetTests
{
    [Fact]
    public void RulesAssembly_References_OnlyEngineDomainAndTheFramework()
    {
        var references = typeof(RoutingRuleSet).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .Order()
            .ToArray();

        Assert.Equal(["RoutingRules.Domain", "RoutingRules.Engine"], references);
    }

    [Fact]
    public void Compile_EveryRule_HasNameDescriptionTagAndIntentName()
    {
        var rules = RoutingKit.RuleSet.Rules;

        Assert.True(rules.Count >= 60, $"{rules.Count} rules");
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Name);
            Assert.NotEmpty(r.Tags);
            Assert.EndsWith("Rule", r.RuleType.Name, StringComparison.Ordinal);
            Assert.StartsWith(r.RuleType.Namespace!.Split('.').Last() + ".", r.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Compile_Twice_GivesTheSameHash()
    {
        Assert.Equal(RoutingKit.RuleSet.Hash, RoutingRuleSet.Compile().Hash);
    }

    [Fact]
    public void Compile_SubsetOfRules_ChangesTheHash()
    {
        Assert.NotEqual(RoutingKit.RuleSet.Hash, RoutingRuleSet.Compile(r => r.Name != "Accounts.CrossSell").Hash);
    }

    [Fact]
    public void RuleSetVersion_DependsOnThePolicy()
    {
        var router = RoutingKit.RuleSet.CreateRouter();
        var live = new InMemoryLiveState(ReferenceSnapshot.Empty);
        var defaults = ReferenceSnapshot.Build(RoutingKit.DemoDataset);
        var changed = ReferenceSnapshot.Build(RoutingKit.DemoDataset with
        {
            Policy = new RoutingPolicy { Capacity = new CapacityPolicy { OpenLeadsCap = 40 } },
        });

        var a = router.RuleSetVersion(new RoutingContext(defaults, live, RoutingKit.DemoNow));
        var b = router.RuleSetVersion(new RoutingContext(changed, live, RoutingKit.DemoNow));

        Assert.NotEqual(a, b);
        Assert.Equal(a, RoutingKit.Demo().Route(Leads.InParis("x@v.fr")).Decision.RuleSetVersion);
    }

    [Fact]
    public void RuleClasses_AreOnePublicTypePerFileInAConcernFolder()
    {
        var folders = new[] { "Matching", "Accounts", "Territories", "IntentFit", "Capacity", "Distribution", "Fallback", "Decision" };
        var ruleTypes = typeof(RoutingRuleSet).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Engine.Rule)));

        Assert.All(ruleTypes, t =>
        {
            Assert.True(t.IsSealed, t.Name);
            Assert.Contains(t.Namespace!.Split('.').Last(), folders);
            Assert.NotNull(t.GetCustomAttribute<Engine.DescriptionAttribute>());
        });
    }
}
