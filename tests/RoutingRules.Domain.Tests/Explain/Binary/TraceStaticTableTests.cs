using System.Security.Cryptography;
using System.Text;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>
/// The static table of stored traces only ever grows at its end: stored format-3 traces name its
/// entries by index, so the entries there when they were written must stay, in their order.
/// </summary>
public sealed class TraceStaticTableTests
{
    // Appending entries leaves these as they are. A change here means stored traces would read other texts.
    private const int PinnedCount = 199;
    private const string PinnedSha256 = "8acfbca81f6996960dce37ae5ffca3a65638448aa260ae06949e2097fb7f5cea";

    [Fact]
    public void All_FirstPinnedEntries_AreTheEntriesStoredTracesReferTo()
    {
        var entries = TraceStaticTable.All.ToArray();

        Assert.True(entries.Length >= PinnedCount, $"The table lost entries: {entries.Length} of {PinnedCount}.");
        var pinned = string.Join('\n', entries[..PinnedCount]);
        Assert.Equal(PinnedSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pinned))));
    }

    [Fact]
    public void All_Entries_AreDistinctAndNotEmpty()
    {
        var entries = TraceStaticTable.All.ToArray();

        Assert.Equal(entries.Length, entries.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(string.Empty, entries);
    }

    [Fact]
    public void All_NamesOfTheDomainEnums_AreEntries()
    {
        var entries = TraceStaticTable.All.ToArray().ToHashSet(StringComparer.Ordinal);
        var enums = typeof(TraceStaticTable).Assembly.GetTypes()
            .Where(t => t is { IsEnum: true, IsPublic: true } && t != typeof(ExplanationAudience));

        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(name => $"{t.Name}.{name}"))
            .Where(name => !entries.Contains(name[(name.IndexOf('.') + 1)..]))
            .ToList();

        // A new enum name is appended to the table (never inserted: see its remarks).
        Assert.Empty(missing);
    }

    [Fact]
    public void IndexOf_EachEntryOrAnEqualCopy_GivesItsIndex()
    {
        var entries = TraceStaticTable.All.ToArray();

        for (var i = 0; i < entries.Length; i++)
        {
            Assert.Equal(i, TraceStaticTable.IndexOf(entries[i]));
            Assert.Equal(i, TraceStaticTable.IndexOf(new string(entries[i].AsSpan())));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("REP")]
    [InlineData("rep ")]
    [InlineData("rep-00400")]
    [InlineData("respondby")]
    [InlineData("Territories.DimensionPriority")]
    [InlineData("time zone too far")]
    public void IndexOf_OtherText_GivesMinusOne(string text)
    {
        Assert.Equal(-1, TraceStaticTable.IndexOf(text));
    }

    [Fact]
    public void At_PastTheEnd_ThrowsFormatException()
    {
        Assert.Equal("rep", TraceStaticTable.At(0));
        Assert.Throws<FormatException>(() => TraceStaticTable.At((ulong)TraceStaticTable.Count));
    }
}
