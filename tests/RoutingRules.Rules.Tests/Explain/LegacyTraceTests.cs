using System.Text.Json.Nodes;
using RoutingRules.Domain.Explain;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// Traces stored before the fact table (each firing carrying its facts in full) still read and
/// explain exactly as traces in the current format.
/// </summary>
public sealed class LegacyTraceTests
{
    public static TheoryData<string> Scenarios => ExplainScenarios.Theory();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Deserialize_TraceWithFactsInsideFirings_ExplainsAsTheCurrentFormat(string scenario)
    {
        var routed = ExplainScenarios.Route(scenario);
        var current = TraceJson.Serialize(routed.Trace);

        var upgraded = TraceJson.Deserialize(EarlierFormat(current));

        // Identical descriptions may share one entry after the upgrade; each firing keeps its facts.
        var (before, after) = (routed.Trace.Details!, upgraded.Details!);
        Assert.Equal(before.Firings.Count, after.Firings.Count);
        for (var i = 0; i < before.Firings.Count; i++)
        {
            Assert.Equal(before.Firings[i].Rule, after.Firings[i].Rule);
            Assert.Equal(Describe(before, before.Firings[i].Matched), Describe(after, after.Firings[i].Matched));
            Assert.Equal(Describe(before, before.Firings[i].Inserted), Describe(after, after.Firings[i].Inserted));
        }

        Assert.Equal(WithoutFirings(routed.Trace), WithoutFirings(upgraded));
        foreach (var locale in MessageCatalog.Locales)
        {
            Assert.Equal(
                ExplanationRenderer.Render(routed.Decision, routed.Trace, ExplanationAudience.Ops, locale).ToText(),
                ExplanationRenderer.Render(routed.Decision, upgraded, ExplanationAudience.Ops, locale).ToText());
        }
    }

    [Fact]
    public void Deserialize_NotATrace_StillFails()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TraceJson.Deserialize("""{"details": {"firings": 3}}"""));
    }

    private static string Describe(TraceDetails details, IReadOnlyList<int> positions) =>
        string.Join(" | ", details.FactsAt(positions).Select(f => f.Type + " " + string.Join(",", f.Fields.Select(kv => kv.Key + "=" + kv.Value))));

    private static string WithoutFirings(Domain.Routing.RoutingTrace trace) =>
        TraceJson.Serialize(trace with { Details = trace.Details! with { Firings = [], Facts = [] } });

    // The earlier format: no fact table, each firing lists its matched and inserted facts in full.
    private static string EarlierFormat(string json)
    {
        var root = JsonNode.Parse(json)!;
        var details = root["details"]!.AsObject();
        var facts = details["facts"]!.AsArray();
        foreach (var firing in details["firings"]!.AsArray())
        {
            foreach (var member in (string[])["matched", "inserted"])
            {
                firing![member] = new JsonArray(firing[member]!.AsArray().Select(p => facts[p!.GetValue<int>()]?.DeepClone()).ToArray());
            }
        }

        details.Remove("facts");
        return root.ToJsonString();
    }
}
