using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

public sealed class StableSortTests
{
    [Fact]
    public void By_EqualKeys_KeepTheirOrder()
    {
        (int Key, string Name)[] items = [(2, "a"), (1, "b"), (2, "c"), (0, "d"), (1, "e"), (2, "f")];

        StableSort.By(items, static i => i.Key);

        Assert.Equal(["d", "b", "e", "a", "c", "f"], items.Select(i => i.Name));
    }

    [Fact]
    public void By_ManyRandomItems_SortsAsOrderBy()
    {
        var random = new Random(7);
        var items = Enumerable.Range(0, 300).Select(i => (Key: random.Next(20), Index: i)).ToArray();
        var expected = items.OrderBy(i => i.Key).ToArray();

        StableSort.By(items, static i => i.Key);

        Assert.Equal(expected, items);
    }

    [Fact]
    public void By_EmptyAndSingle_LeavesThem()
    {
        int[] empty = [];
        int[] single = [5];

        StableSort.By(empty, static i => i);
        StableSort.By(single, static i => i);

        Assert.Empty(empty);
        Assert.Equal([5], single);
    }
}
