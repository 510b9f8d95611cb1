using System.Reflection;
using System.Text.RegularExpressions;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Engine;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests;

public sealed class RuleSetTests
{
    // A declaration at the start of a line: the rule files' file-scoped namespaces put every type there.
    private static readonly Regex PublicTypes = new(@"^public (?:sealed |static |abstract |partial )*(?:class|record|struct|interface|enum) ", RegexOptions.Multiline);

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
    public void Compile_EscalationRules_AreTheEscalationFolderAndRunInTheirOwnSessions()
    {
        var ruleSet = RoutingKit.RuleSet;
        static bool InEscalationFolder(IRuleDefinition r) => r.RuleType.Namespace == "RoutingRules.Rules.Escalation";

        Assert.Equal(["Escalation.Manager", "Escalation.Queue", "Escalation.TerritoryBackup"],
            ruleSet.EscalationFactory.Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(ruleSet.EscalationFactory.Rules, r => Assert.True(InEscalationFolder(r) && r.IsTagged(RoutingRuleSet.EscalationTag), r.Name));
        Assert.All(ruleSet.Factory.Rules, r => Assert.False(InEscalationFolder(r) || r.IsTagged(RoutingRuleSet.EscalationTag), r.Name));
        Assert.Equal(ruleSet.Factory.Rules.Count + 3, ruleSet.Rules.Count);
        Assert.Superset(ruleSet.EscalationFactory.Rules.Select(r => r.Name).ToHashSet(), ruleSet.CreateRouter().RuleNames.ToHashSet());
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
    public void Compile_EveryRule_NamesItsBand()
    {
        // Without [Priority] the engine gives salience 0, the band of Decision.Compose: such a rule
        // runs after the decision is made, and nothing else would say so.
        var unbanded = RoutingKit.RuleSet.Rules
            .Where(r => r.RuleType.GetCustomAttribute<PriorityAttribute>() is null)
            .Select(r => r.Name)
            .ToArray();

        Assert.True(unbanded.Length == 0,
            $"rules without [Priority(RuleBands.X)]: {string.Join(", ", unbanded)}; without one a rule runs at 0, after the decision (docs/rules.md, Priority bands)");
    }

    [Fact]
    public void Compile_RulesThatDecideTheLeadsAccount_ReadNoFactALeadCompletedFromItReplaces()
    {
        // The router fires the bands down to BestMatch, then puts the lead completed from its account
        // in place of these facts: a rule up there reading one would have fired on the lead as it came.
        Type[] replaced = [typeof(LeadProfile), typeof(TerritoryMatch), typeof(NoTerritoryMatch), typeof(NearestTerritory), typeof(RepProfile)];
        var readers = RoutingKit.RuleSet.Factory.Rules
            .Where(r => r.Priority >= RuleBands.BestMatch)
            .Where(r => FactTypesOf(r.RuleType).Any(t => replaced.Contains(t)))
            .Select(r => r.Name)
            .ToArray();

        Assert.Contains(RoutingKit.RuleSet.Factory.Rules, r => r.Priority >= RuleBands.BestMatch && FactTypesOf(r.RuleType).Contains(typeof(AccountCandidate)));
        Assert.Empty(readers);
    }

    // A rule's fact variables are locals of Define() captured by its expression trees: fields of the compiler's closure classes.
    private static IEnumerable<Type> FactTypesOf(Type rule) =>
        rule.GetNestedTypes(BindingFlags.NonPublic)
            .SelectMany(closure => closure.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(f => f.FieldType)
            .Concat(rule.GetMethod(nameof(Rule.Define))!.GetMethodBody()!.LocalVariables.Select(v => v.LocalType));

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
        // Any concern folder will do, a new one included; what holds is that the folder, the
        // namespace and the rule's name agree: rules/RoutingRules.Rules/<Folder>/<Class>.cs
        // declares namespace RoutingRules.Rules.<Folder> and a rule named <Folder>.<Intent>.
        const string Root = "RoutingRules.Rules";
        var sources = Path.Combine(RoutingKit.RepositoryRoot(), "rules", Root);
        var names = RoutingKit.RuleSet.Rules.ToDictionary(r => r.RuleType, r => r.Name);
        var ruleTypes = typeof(RoutingRuleSet).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Engine.Rule)));

        Assert.All(ruleTypes, t =>
        {
            Assert.True(t.IsSealed, $"{t.Name} is not sealed");
            Assert.NotNull(t.GetCustomAttribute<Engine.DescriptionAttribute>());
            var folder = t.Namespace!.StartsWith(Root + ".", StringComparison.Ordinal) ? t.Namespace[(Root.Length + 1)..] : string.Empty;
            Assert.True(folder.Length > 0 && !folder.Contains('.', StringComparison.Ordinal),
                $"{t.FullName}: a rule's namespace is {Root}.<Folder>, one concern folder below the project's root");

            var file = Path.Combine(sources, folder, t.Name + ".cs");
            Assert.True(File.Exists(file), $"{t.FullName} is not in {Path.Combine("rules", Root, folder, t.Name + ".cs")}");
            var types = PublicTypes.Count(File.ReadAllText(file));
            Assert.True(types == 1, $"{file} declares {types} public types: one per file");
            Assert.True(names.TryGetValue(t, out var name) && name.StartsWith(folder + ".", StringComparison.Ordinal),
                $"{t.FullName}: the rule's name ({name}) must start with its folder: {folder}.");
        });
    }
}
