using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>The firings of a fresh trace read as the records they stand for, each firing its own slice of the positions.</summary>
public sealed class CapturedFiringsTests
{
    // Firing 1 matched 0 and 1 and inserted 2; firing 2 matched nothing and inserted 3 and 4; firing 3 matched 2 and inserted nothing.
    private static readonly CapturedFirings Firings = new(["A", "B", "C"], [0, 1, 2, 3, 4, 2], [0, 2, 3, 3, 5, 6, 6]);

    [Fact]
    public void Indexer_EachFiring_IsTheRecordOfItsSlice()
    {
        TraceFiring[] read = [Firings[0], Firings[1], Firings[2]];

        Assert.Equal([1, 2, 3], read.Select(f => f.Order));
        Assert.Equal(["A", "B", "C"], read.Select(f => f.Rule));
        Assert.Equal([[0, 1], [], [2]], read.Select(f => f.Matched.ToArray()));
        Assert.Equal([[2], [3, 4], []], read.Select(f => f.Inserted.ToArray()));
    }

    [Fact]
    public void GetEnumerator_AllFirings_InOrderAsTheIndexerGivesThem()
    {
        Assert.Equal([Firings[0], Firings[1], Firings[2]], Firings.ToList());
        Assert.Equal(3, Firings.Count);
    }

    [Fact]
    public void Indexer_PastTheLastFiring_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Firings[3]);
    }
}
