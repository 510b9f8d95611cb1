using System.Text.Json;
using System.Text.RegularExpressions;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Serialization;

namespace RoutingRules.Domain.Tests.Serialization;

/// <summary>The examples in docs/dataset.md must stay readable by the real format code.</summary>
public partial class DatasetDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dataset.md"));

    [Theory]
    [InlineData("Rep", typeof(Rep))]
    [InlineData("Territory", typeof(Territory))]
    [InlineData("Account", typeof(Account))]
    [InlineData("Opportunity", typeof(Opportunity))]
    [InlineData("Previous lead", typeof(PreviousLead))]
    [InlineData("Policy", typeof(RoutingPolicy))]
    [InlineData("Top level", typeof(Dataset))]
    public void JsonExample_Section_Deserializes(string heading, Type type)
    {
        var json = JsonBlock(heading);
        Assert.NotNull(JsonSerializer.Deserialize(json, type, DatasetJson.Options));
    }

    /// <summary>
    /// Missing properties deserialize to defaults, so the test above cannot see a property the
    /// documentation forgot: every property the code writes must appear in the example.
    /// </summary>
    [Theory]
    [InlineData("Rep", typeof(Rep))]
    [InlineData("Territory", typeof(Territory))]
    [InlineData("Account", typeof(Account))]
    [InlineData("Opportunity", typeof(Opportunity))]
    [InlineData("Previous lead", typeof(PreviousLead))]
    [InlineData("Policy", typeof(RoutingPolicy))]
    [InlineData("Top level", typeof(Dataset))]
    public void JsonExample_Section_ShowsEveryProperty(string heading, Type type)
    {
        var json = JsonBlock(heading);
        var written = JsonSerializer.SerializeToElement(JsonSerializer.Deserialize(json, type, DatasetJson.Options), type, WithNulls);
        using var documented = JsonDocument.Parse(json);
        var missing = new List<string>();

        CollectMissing(written, documented.RootElement, string.Empty, deep: type != typeof(Dataset), missing);

        Assert.Empty(missing);
    }

    [Fact]
    public void PolicyExample_MatchesDefaults()
    {
        var documented = JsonSerializer.Deserialize<RoutingPolicy>(JsonBlock("Policy"), DatasetJson.Options)!;
        var defaults = RoutingPolicy.Default with { Matching = RoutingPolicy.Default.Matching with { FreeMailDomains = documented.Matching.FreeMailDomains } };
        Assert.Equal(JsonSerializer.Serialize(defaults, DatasetJson.Options), JsonSerializer.Serialize(documented, DatasetJson.Options));
    }

    [Fact]
    public void CsvExample_ReadsWithoutErrors()
    {
        var csv = Regex.Match(Doc, "```csv\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var result = AccountCsv.Read(new StringReader(csv));
        Assert.Empty(result.Errors);
        Assert.Equal(["acc-acme", "acc-ibm"], result.Accounts.Select(a => a.Id));
    }

    [Fact]
    public void CsvColumnTable_ListsEveryColumn()
    {
        var documented = ColumnRow().Matches(Doc).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(AccountCsv.Columns, documented);
    }

    private static readonly JsonSerializerOptions WithNulls = new(DatasetJson.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private static void CollectMissing(JsonElement written, JsonElement documented, string path, bool deep, List<string> missing)
    {
        foreach (var property in written.EnumerateObject())
        {
            if (!documented.TryGetProperty(property.Name, out var shown))
            {
                missing.Add(path + property.Name);
            }
            else if (deep && property.Value.ValueKind == JsonValueKind.Object && shown.ValueKind == JsonValueKind.Object)
            {
                CollectMissing(property.Value, shown, path + property.Name + ".", deep, missing);
            }
        }
    }

    private static string JsonBlock(string heading)
    {
        var match = Regex.Match(Doc, $"## {Regex.Escape(heading)}\n.*?```json\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"no JSON example under '## {heading}'");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex ColumnRow();
}
