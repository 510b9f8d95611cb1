using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class DecisionIdsTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 24, 2, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Next_IsAVersion7UuidOfTheDecisionTime()
    {
        var id = new DecisionIds().Next(DecidedAt);

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

        var made = Enumerable.Range(0, 5_000).Select(_ => ids.Next(DecidedAt)).ToList();

        Assert.Equal(made.Count, made.Distinct(StringComparer.Ordinal).Count());
        Assert.All(made, id => Assert.Equal(7, Guid.ParseExact(id, "N").Version));
        // The random part varies: the 74 random bits are not all taken from one refill position.
        Assert.True(made.Select(id => id[13..]).Distinct(StringComparer.Ordinal).Count() > 4_990);
    }

    [Fact]
    public void Next_LaterDecision_SortsAfterAnEarlierOne()
    {
        var ids = new DecisionIds();

        var earlier = ids.Next(DecidedAt);
        var later = ids.Next(DecidedAt.AddMilliseconds(1));

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
    }
}
