using System.Reflection;
using System.Text.RegularExpressions;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests;

/// <summary>The tables of docs/rules.md against the code they describe, so that the guide cannot drift silently.</summary>
public sealed class RulesGuideTests
{
    private static readonly Lazy<string> Guide = new(() => File.ReadAllText(Path.Combine(RoutingKit.RepositoryRoot(), "docs", "rules.md")));

    [Fact]
    public void BandTable_ListsEveryRuleBandWithItsSalience()
    {
        var documented = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in TableRows("## Priority bands"))
        {
            var cells = row.Split('|');
            var names = Regex.Matches(cells[1], "`([A-Za-z]+)`").Select(m => m.Groups[1].Value).ToList();
            var saliences = cells[2].Split(',').Select(v => int.Parse(v.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(names.Count == saliences.Count, $"{names.Count} bands but {saliences.Count} saliences in: {row}");
            foreach (var (name, salience) in names.Zip(saliences))
            {
                documented.Add(name, salience);
            }
        }

        var bands = typeof(RuleBands).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!, StringComparer.Ordinal);

        static string Listed(IEnumerable<KeyValuePair<string, int>> bands) => string.Join(", ", bands.Select(b => $"{b.Key} {b.Value}"));
        var undocumented = bands.Except(documented).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        var stale = documented.Except(bands).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        Assert.True(undocumented.Count == 0 && stale.Count == 0,
            $"docs/rules.md, table of \"Priority bands\": add the bands of RuleBands it lacks ({Listed(undocumented)}); " +
            $"remove or correct the rows RuleBands does not have ({Listed(stale)})");
    }

    [Theory]
    [InlineData(typeof(RoutingKit))]
    [InlineData(typeof(RoutingScenario))]
    [InlineData(typeof(Leads))]
    [InlineData(typeof(RoutedLead))]
    [InlineData(typeof(SmallDatasets))]
    public void KitTable_NamesEveryPublicMemberOfTheKit(Type kit)
    {
        var rows = TableRows("## The test kit").Where(r => r.StartsWith($"| `{kit.Name}` |", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count == 1, $"docs/rules.md, The test kit: {rows.Count} table rows for {kit.Name}, one expected");
        var row = rows[0];
        var members = kit.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo or FieldInfo)
            .Select(m => m.Name)
            .Distinct();

        var missing = members.Where(name => !Regex.IsMatch(row, $@"`{name}\b")).ToList();

        Assert.True(missing.Count == 0, $"docs/rules.md, The test kit: the {kit.Name} row does not name {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> TableRows(string heading)
    {
        var text = Guide.Value.ReplaceLineEndings("\n");
        var start = text.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/rules.md has no section {heading}");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
    }
}
