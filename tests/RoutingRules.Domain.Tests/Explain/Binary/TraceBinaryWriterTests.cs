using RoutingRules.Domain.Explain.Binary;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>Texts are written in one pass whatever their characters, and read back as written.</summary>
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

    [Fact]
    public void Rent_AfterManyStrings_StartsAnEmptyTable()
    {
        var texts = Enumerable.Range(0, 2000).Select(i => $"text {i}").ToArray();
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
