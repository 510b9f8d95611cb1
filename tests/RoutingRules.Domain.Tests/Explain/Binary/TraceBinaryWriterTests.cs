using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>
/// Texts are written in one pass whatever their characters, and read back as written; texts of the
/// static table take only their code; typed fact values read back as the text their description
/// would have had.
/// </summary>
public sealed class TraceBinaryWriterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("Société Générale")]
    [InlineData("✓ at the start")]
    [InlineData("emoji 🚀 in the middle")]
    public void String_Text_ReadsBackTheSame(string text)
    {
        Assert.Equal(text, RoundTrip(text));
    }

    [Theory]
    [InlineData(100, 'é')]
    [InlineData(127, 'x')]
    [InlineData(60, '€')]
    [InlineData(20000, 'é')]
    public void String_UTF8LongerThanItsLengthPrefixAllowed_ReadsBackTheSame(int count, char c)
    {
        // 100 'é' are 100 chars (a one-byte length) but 200 bytes (a two-byte length): the text moves by one.
        var text = "ab" + new string(c, count) + "yz";

        Assert.Equal(text, RoundTrip(text));
    }

    [Theory]
    [InlineData(600)]
    [InlineData(2000)]
    public void Rent_AfterManyStrings_StartsAnEmptyTable(int count)
    {
        // 600 strings empty the kept table at the next trace; 2,000 also made it grow.
        var texts = Enumerable.Range(0, count).Select(i => $"text {i}").ToArray();
        var writer = TraceBinaryWriter.Rent();
        foreach (var text in texts)
        {
            writer.String(text);
        }

        _ = writer.ToArray();
        writer = TraceBinaryWriter.Rent();
        writer.String(texts[5]);
        writer.String(texts[5]);
        var bytes = writer.ToArray();

        // The first occurrence is written in full again (a table left over would make it a reference).
        var reader = new TraceBinaryReader(bytes);
        Assert.Equal(texts[5], reader.String());
        Assert.Equal(texts[5], reader.String());
        Assert.True(reader.AtEnd);
        Assert.Equal(1 + 1 + texts[5].Length + 1, bytes.Length);
    }

    [Fact]
    public void String_StaticTextOrAnEqualCopy_WritesOnlyItsCode()
    {
        var writer = TraceBinaryWriter.Rent();
        writer.String("territory");
        writer.String(new string("territory".AsSpan()));
        writer.String("Smb");
        var bytes = writer.ToArray();

        var reader = new TraceBinaryReader(bytes);
        Assert.Equal(["territory", "territory", "Smb"], new[] { reader.String(), reader.String(), reader.String() });
        Assert.True(reader.AtEnd);
        var smb = TraceStaticTable.IndexOf("Smb");
        Assert.Equal(1 + 1 + (smb > 60 ? 2 : 1), bytes.Length);
    }

    [Fact]
    public void String_StaticAndOtherTextsInterleaved_KeepTheirReferencesApart()
    {
        var writer = TraceBinaryWriter.Rent();
        string[] texts = ["rep-1", "rep", "Rule.A", "None", "rep-1", "Rule.A", "rep", "None"];
        foreach (var text in texts)
        {
            writer.String(text);
        }

        var reader = new TraceBinaryReader(writer.ToArray());

        var read = new string[texts.Length];
        for (var i = 0; i < read.Length; i++)
        {
            read[i] = reader.String();
        }

        Assert.Equal(texts, read);
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Rent_AfterATraceOfThousandsOfStrings_StillWritesEachTextOnceAndStaticOnesAsCodes()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => $"text {i}").ToArray();
        foreach (var round in new[] { 0, 1 })
        {
            var writer = TraceBinaryWriter.Rent();
            foreach (var text in texts)
            {
                writer.String(text);
                writer.String("rep");
            }

            var reader = new TraceBinaryReader(writer.ToArray());
            foreach (var text in texts)
            {
                Assert.Equal(text, reader.String());
                Assert.Equal("rep", reader.String());
            }

            Assert.True(reader.AtEnd, $"round {round}");
        }
    }

    [Fact]
    public void NullableString_OddReferenceInFormatTwo_IsAnEarlierText()
    {
        // Format 3 reads the code 6 as the static table's first entry; format 2 as the second earlier text.
        byte[] bytes = [TraceBinary.TextCode, 1, (byte)'a', TraceBinary.TextCode, 1, (byte)'b', TraceBinary.FirstReferenceCode + 1];

        var formatTwo = new TraceBinaryReader(bytes, version: 2);
        var formatThree = new TraceBinaryReader(bytes, version: 3);

        Assert.Equal(["a", "b", "b"], new[] { formatTwo.String(), formatTwo.String(), formatTwo.String() });
        Assert.Equal(["a", "b", "rep"], new[] { formatThree.String(), formatThree.String(), formatThree.String() });
    }

    [Fact]
    public void NullableString_StaticCodePastTheTable_ThrowsFormatException()
    {
        var writer = TraceBinaryWriter.Rent();
        writer.UInt((ulong)TraceBinary.StaticReference(TraceStaticTable.Count));
        var bytes = writer.ToArray();

        Assert.Throws<FormatException>(() => new TraceBinaryReader(bytes).NullableString());
    }

    public static TheoryData<long> Integers => [0, 1, 255, 256, -1, -300, 123_456_789, long.MinValue, long.MaxValue];

    public static TheoryData<double> Scores =>
        [0.0, 1.0, 0.5, 0.9996, 0.0004, 12.3456, 254.9999, 256.0, -3.0, -0.0, -0.0001, double.NaN, double.NegativeInfinity, 1e300];

    public static TheoryData<DateTimeOffset> Times =>
    [
        new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 3, 29, 1, 59, 59, 123, TimeSpan.FromMinutes(-570)).AddTicks(4567),
        DateTimeOffset.MinValue,
        new DateTimeOffset(9999, 12, 31, 10, 0, 0, TimeSpan.FromHours(14)),
    ];

    [Theory]
    [MemberData(nameof(Integers))]
    public void Value_Integer_ReadsBackAsItsText(long value)
    {
        Assert.Equal(FactValue.OfInteger(value).ToText(), RoundTripValue(FactValue.OfInteger(value)));
    }

    [Theory]
    [MemberData(nameof(Scores))]
    public void Value_Score_ReadsBackAsItsText(double value)
    {
        Assert.Equal(FactValue.OfScore(value).ToText(), RoundTripValue(FactValue.OfScore(value)));
    }

    [Theory]
    [MemberData(nameof(Times))]
    public void Value_Time_ReadsBackAsItsRoundTripFormat(DateTimeOffset value)
    {
        Assert.Equal(value.ToString("O", System.Globalization.CultureInfo.InvariantCulture), RoundTripValue(FactValue.OfTime(value)));
    }

    [Fact]
    public void Value_TypedValuesBetweenTexts_LeaveTheTextReferencesInStep()
    {
        var writer = TraceBinaryWriter.Rent();
        writer.String("first");
        writer.Value(FactValue.OfInteger(7));
        writer.String("second");
        writer.Value(FactValue.OfScore(0.25));
        writer.Value(FactValue.OfTime(DateTimeOffset.UnixEpoch));
        writer.String("second");
        writer.Value("first");
        var reader = new TraceBinaryReader(writer.ToArray());

        string[] read = [reader.String(), reader.String(), reader.String(), reader.String(), reader.String(), reader.String(), reader.String()];

        Assert.Equal(["first", "7", "second", "0.25", "1970-01-01T00:00:00.0000000+00:00", "second", "first"], read);
        Assert.True(reader.AtEnd);
    }

    private static string? RoundTripValue(FactValue value)
    {
        var writer = TraceBinaryWriter.Rent();
        writer.Value(value);
        var reader = new TraceBinaryReader(writer.ToArray());
        var text = reader.NullableString();
        Assert.True(reader.AtEnd);
        return text;
    }

    private static string RoundTrip(string text)
    {
        var writer = TraceBinaryWriter.Rent();
        writer.String(text);
        writer.String(text);
        var bytes = writer.ToArray();
        var reader = new TraceBinaryReader(bytes);
        var first = reader.String();
        Assert.Equal(first, reader.String());
        Assert.True(reader.AtEnd);
        return first;
    }
}
