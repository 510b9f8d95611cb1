using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Tests.Routing;

/// <summary>The pool shares one value per key up to its capacity, then stops growing and hands values out unshared.</summary>
public sealed class SharingPoolTests
{
    [Fact]
    public void Share_UpToCapacity_OneInstancePerKey()
    {
        var pool = new SharingPool<string, string>(2);

        var a = pool.Share("a", k => new string(k.AsSpan()));
        var b = pool.Share("b", k => new string(k.AsSpan()));

        Assert.Same(a, pool.Share("a", k => new string(k.AsSpan())));
        Assert.Same(b, pool.Share("b", k => new string(k.AsSpan())));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void Share_PastCapacity_NewKeysUnsharedAndThePoolNoLarger()
    {
        var pool = new SharingPool<string, string>(2);
        pool.Share("a", k => new string(k.AsSpan()));
        pool.Share("b", k => new string(k.AsSpan()));

        var first = pool.Share("c", k => new string(k.AsSpan()));
        var second = pool.Share("c", k => new string(k.AsSpan()));

        Assert.Equal("c", first);
        Assert.NotSame(first, second);
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void Share_ManyThreadsOneKey_AllGetTheOneKept()
    {
        var pool = new SharingPool<int, object>(8);

        var values = Enumerable.Range(0, 64).AsParallel().Select(_ => pool.Share(1, _ => new object())).ToList();

        Assert.All(values, v => Assert.Same(values[0], v));
        Assert.Equal(1, pool.Count);
    }
}
