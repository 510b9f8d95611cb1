using System.Text;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>Texts of a decision log's vocabulary are written as their numbers and read back through the same numbers only.</summary>
public sealed class TraceVocabularyTests
{
    private static readonly RoutingTrace Trace = new() { FiredRules = ["Territories.DimensionPriority", "Capacity.Eligible", "Capacity.Eligible", "Decision.Compose"] };

    [Fact]
    public void Encode_WithTheRuleNames_WritesNoneOfThemAndDecodesThemBack()
    {
        var vocabulary = new TraceVocabulary(["Capacity.Eligible", "Decision.Compose", "Territories.DimensionPriority"]);

        var encoded = TraceBinary.Encode(Trace, vocabulary);

        Assert.Equal(Trace.FiredRules, TraceBinary.Decode(encoded, vocabulary).FiredRules);
        Assert.DoesNotContain("Capacity", Encoding.UTF8.GetString(encoded), StringComparison.Ordinal);
        Assert.True(encoded.Length < TraceBinary.Encode(Trace).Length - 50);
    }

    [Fact]
    public void Decode_WithoutTheVocabulary_ThrowsFormatExceptionSayingWhichText()
    {
        var encoded = TraceBinary.Encode(Trace, new TraceVocabulary(["Capacity.Eligible"]));

        var error = Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded));

        Assert.Contains("text 0 of its decision log's vocabulary, which has 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WithALaterVocabularyOfTheSameLog_ReadsTheSameTexts()
    {
        var earlier = new TraceVocabulary(["Decision.Compose", "Capacity.Eligible"]);
        var later = new TraceVocabulary(["Decision.Compose", "Capacity.Eligible", "Capacity.Absent"]);

        var encoded = TraceBinary.Encode(Trace, earlier);

        Assert.Equal(Trace.FiredRules, TraceBinary.Decode(encoded, later).FiredRules);
    }

    /// <summary>A thread's writer keeps codes from trace to trace; another log's vocabulary numbers the same text differently.</summary>
    [Fact]
    public void Encode_TwoVocabulariesInTurnOnOneThread_EachTraceReadsBackWithItsOwn()
    {
        var first = new TraceVocabulary(["Capacity.Eligible", "Decision.Compose"]);
        var second = new TraceVocabulary(["Decision.Compose", "Capacity.Eligible", "Territories.DimensionPriority"]);

        for (var round = 0; round < 3; round++)
        {
            var byFirst = TraceBinary.Encode(Trace, first);
            var bySecond = TraceBinary.Encode(Trace, second);
            var byNone = TraceBinary.Encode(Trace);

            Assert.Equal(Trace.FiredRules, TraceBinary.Decode(byFirst, first).FiredRules);
            Assert.Equal(Trace.FiredRules, TraceBinary.Decode(bySecond, second).FiredRules);
            Assert.Equal(Trace.FiredRules, TraceBinary.Decode(byNone).FiredRules);
        }
    }

    [Fact]
    public void New_TextTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new TraceVocabulary(["Decision.Compose", "Decision.Compose"]));

    [Fact]
    public void TryGetCode_TextsInOrder_NumberedByPosition()
    {
        var vocabulary = new TraceVocabulary(["b", "a"]);

        Assert.True(vocabulary.TryGetCode("a", out var code));
        Assert.Equal(1, code);
        Assert.Equal("b", vocabulary.At(0));
        Assert.Null(vocabulary.At(2));
        Assert.False(vocabulary.TryGetCode("c", out _));
    }
}
