using System.Text;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Explain;

/// <summary>
/// The compact stored form of a trace gives back exactly the trace that was routed (its JSON is
/// identical) for every explain scenario, is much smaller than the JSON, and refuses bytes that
/// are not a whole trace instead of reading something else.
/// </summary>
public sealed class TraceBinaryTests
{
    public static TheoryData<string> Scenarios => ExplainScenarios.Theory();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Decode_EncodedScenarioTrace_HasTheSameJson(string scenario)
    {
        var trace = ExplainScenarios.Route(scenario).Trace;

        var decoded = TraceBinary.Decode(TraceBinary.Encode(trace));

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(decoded));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void FiredRules_EncodedScenarioTrace_AreTheTracesFiredRules(string scenario)
    {
        var trace = ExplainScenarios.Route(scenario).Trace;
        var vocabulary = new TraceVocabulary([.. trace.FiredRules.Distinct()]);

        Assert.Equal(trace.FiredRules, TraceBinary.FiredRules(TraceBinary.Encode(trace, vocabulary), vocabulary));
    }

    /// <summary>Stored as the server stores it: the rule names are the decision log's vocabulary, written as their numbers.</summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Decode_ScenarioTraceEncodedWithTheRuleNames_HasTheSameJsonAndSpellsNoRuleNameOut(string scenario)
    {
        var trace = ExplainScenarios.Route(scenario).Trace;
        var vocabulary = new TraceVocabulary(RoutingKit.RuleSet.CreateRouter().RuleNames);

        var encoded = TraceBinary.Encode(trace, vocabulary);

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded, vocabulary)));
        var text = Encoding.UTF8.GetString(encoded);
        Assert.All(trace.FiredRules, rule => Assert.DoesNotContain(rule, text, StringComparison.Ordinal));
        Assert.True(encoded.Length < TraceBinary.Encode(trace).Length);
    }

    /// <summary>
    /// A fresh trace's facts are described straight into the stored form: it decodes to the same
    /// trace as the stored form of its described facts. (Not byte for byte: the string table goes by
    /// identity, and whether two equal texts are one instance can vary from run to run, for example
    /// with the runtime's caches of number strings; a byte comparison failed now and then.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Encode_FreshTrace_SameTraceAsWithItsFactsDescribed(string scenario)
    {
        var trace = ExplainScenarios.Route(scenario).Trace;
        var details = trace.Details!;

        var direct = TraceBinary.Encode(trace);
        var described = trace with { Details = details with { Facts = details.Facts.ToList(), Notes = details.Notes.ToList() } };

        Assert.IsNotType<List<TraceFact>>(details.Facts);
        Assert.Equal(TraceJson.Serialize(described), TraceJson.Serialize(TraceBinary.Decode(direct)));
        Assert.Equal(TraceJson.Serialize(TraceBinary.Decode(TraceBinary.Encode(described))), TraceJson.Serialize(TraceBinary.Decode(direct)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Encode_ScenarioTrace_IsLessThanHalfItsJson(string scenario)
    {
        var trace = ExplainScenarios.Route(scenario).Trace;

        var compact = TraceBinary.Encode(trace).Length;

        Assert.InRange(compact, 1, Encoding.UTF8.GetByteCount(TraceJson.Serialize(trace)) / 2);
    }

    [Fact]
    public void Decode_TruncatedTrace_ThrowsFormatException()
    {
        var encoded = TraceBinary.Encode(ExplainScenarios.Route("strategic").Trace);

        for (var length = 0; length < encoded.Length; length += 7)
        {
            Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Decode_TrailingBytes_ThrowsFormatException()
    {
        byte[] encoded = [.. TraceBinary.Encode(new RoutingTrace { FiredRules = ["A"] }), 0];

        Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded));
    }

    [Fact]
    public void Decode_UnknownFormatVersion_ThrowsFormatExceptionNamingIt()
    {
        var encoded = TraceBinary.Encode(new RoutingTrace { FiredRules = ["A"] });
        encoded[0] = TraceBinary.FormatVersion + 1;

        var error = Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded));

        Assert.Contains($"format {TraceBinary.FormatVersion + 1}", error.Message);
    }

    [Fact]
    public void Decode_TextOutsideAscii_RoundTrips()
    {
        var trace = new RoutingTrace { FiredRules = ["Décision", "Règle ✓", "Décision"], Claims = ["Zoë"], Distribution = "Ærø" };

        var decoded = TraceBinary.Decode(TraceBinary.Encode(trace));

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(decoded));
    }

    [Fact]
    public void Decode_ThousandsOfStringsWithRepeats_RoundTrips()
    {
        var names = Enumerable.Range(0, 3000).Select(i => $"Rule.Number{i}").ToList();
        var trace = new RoutingTrace { FiredRules = [.. names, .. names], Claims = [.. names.Select(n => n + "!")] };

        var encoded = TraceBinary.Encode(trace);

        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded)));
        // The repeated names are references, not copies.
        Assert.InRange(encoded.Length, 1, names.Sum(n => n.Length) * 2 + 3000 * 8);
    }
}
