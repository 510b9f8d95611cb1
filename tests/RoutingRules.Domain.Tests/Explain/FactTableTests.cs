using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

/// <summary>Facts are numbered by first mention, by reference; a table disposed on a thread leaves nothing to the next one.</summary>
public sealed class FactTableTests
{
    [Fact]
    public void PositionsOf_RepeatedAndEqualFacts_NumberedByReferenceAtFirstMention()
    {
        var (a, b, equalToA) = (new string('a', 3), new string('b', 3), new string('a', 3));
        var positions = new int[5];
        using var table = new FactTable(expected: 4);

        var end = table.PositionsOf([a, b, a, null, equalToA], positions, 0);

        Assert.Equal(5, end);
        Assert.Equal([0, 1, 0, 2, 3], positions);
        Assert.Equal([a, b, null, equalToA], table.Described().Raw);
    }

    [Fact]
    public void PositionsOf_AfterAnEarlierTableOnTheThread_StartsEmpty()
    {
        var (a, b) = (new object(), new object());
        using (var first = new FactTable(expected: 4))
        {
            first.PositionsOf([a, b], new int[2], 0);
        }

        var positions = new int[2];
        using var second = new FactTable(expected: 4);
        second.PositionsOf([b, a], positions, 0);

        Assert.Equal([0, 1], positions);
        Assert.Equal([b, a], second.Described().Raw);
    }
}
