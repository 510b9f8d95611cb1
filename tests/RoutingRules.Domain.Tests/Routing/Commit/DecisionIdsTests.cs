using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class DecisionIdsTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 24, 2, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Next_IsAVersion7UuidOfTheDecisionTime()
    {
        var id = new DecisionIds().Next(DecidedAt, 42);

        Assert.Matches("^[0-9a-f]{32}$", id);
        var guid = Guid.ParseExact(id, "N");
        Assert.Equal(7, guid.Version);
        Assert.Equal(0b10, guid.Variant >> 2);
        var milliseconds = Convert.ToInt64(id[..12], 16);
        Assert.Equal(DecidedAt.ToUnixTimeMilliseconds(), milliseconds);
    }

    [Fact]
    public void Next_ManyIdsAcrossRefills_AreDistinctAndKeepTheirLayout()
    {
        var ids = new DecisionIds();

        var made = Enumerable.Range(1, 5_000).Select(sequence => ids.Next(DecidedAt, 7)).ToList();

        Assert.True(made.Distinct(StringComparer.Ordinal).Count() > 4_990);
        Assert.All(made, id => Assert.Equal(7, Guid.ParseExact(id, "N").Version));
        // Same time and sequence: only the 26 random bits tell them apart, and they vary across refills.
        Assert.True(made.Select(id => id[13..20]).Distinct(StringComparer.Ordinal).Count() > 4_990);
    }

    [Fact]
    public void Next_LaterDecision_SortsAfterAnEarlierOne()
    {
        var ids = new DecisionIds();

        var earlier = ids.Next(DecidedAt, 2);
        var later = ids.Next(DecidedAt.AddMilliseconds(1), 1);

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(255L)]
    [InlineData(123_456_789L)]
    [InlineData(DecisionIds.MaxSequence)]
    public void SequenceOf_IdMadeForASequence_ReadsItBack(long sequence)
    {
        var id = new DecisionIds().Next(DecidedAt, sequence);

        Assert.Equal(sequence, DecisionIds.SequenceOf(id));
        Assert.Equal(7, Guid.ParseExact(id, "N").Version);
        Assert.Equal(sequence.ToString("x12", System.Globalization.CultureInfo.InvariantCulture), id[20..]);
    }

    [Theory]
    [InlineData("d1")]
    [InlineData("")]
    [InlineData("019ab2c3d4e57123812300000000002a0")] // 33 digits
    [InlineData("019AB2C3D4E57123812300000000002A")] // upper case
    [InlineData("019ab2c3d4e54123812300000000002a")] // version 4
    [InlineData("019ab2c3d4e57123c12300000000002a")] // variant 110
    [InlineData("019ab2c3d4e5712381230000000000zz")] // not hexadecimal
    public void SequenceOf_TextOfAnotherForm_Null(string id) => Assert.Null(DecisionIds.SequenceOf(id));

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(DecisionIds.MaxSequence + 1)]
    public void Next_SequenceOutOfRange_Throws(long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionIds().Next(DecidedAt, sequence));
}
