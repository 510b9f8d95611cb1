using RoutingRules.Domain.Explain;

namespace RoutingRules.Domain.Tests.Explain;

public sealed class IdentityTableTests
{
    [Fact]
    public void TryGet_EqualButDistinctInstance_IsADifferentKey()
    {
        var table = new IdentityTable();
        var first = new string('a', 3);
        var second = new string('a', 3);
        table.Add(first, 7);

        Assert.True(table.TryGet(first, out var value));
        Assert.Equal(7, value);
        Assert.False(table.TryGet(second, out _));
    }

    [Fact]
    public void IndexOrAdd_ManyKeys_NumbersThemInOrderAcrossGrowth()
    {
        var table = new IdentityTable();
        var keys = Enumerable.Range(0, 5000).Select(_ => new object()).ToArray();

        Assert.All(keys, k => Assert.Equal(-1, table.IndexOrAdd(k)));

        Assert.Equal(keys.Length, table.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, table.IndexOrAdd(keys[i]));
        }
    }

    [Fact]
    public void Set_ExistingKey_ReplacesTheValue()
    {
        var table = new IdentityTable();
        var key = new object();
        table.Set(key, 1);
        table.Set(key, 2);

        Assert.True(table.TryGet(key, out var value));
        Assert.Equal(2, value);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Clear_ForgetsEveryKey()
    {
        var table = new IdentityTable();
        var key = new object();
        table.Add(key, 1);

        table.Clear();

        Assert.False(table.TryGet(key, out _));
        Assert.Equal(0, table.Count);
    }
}
