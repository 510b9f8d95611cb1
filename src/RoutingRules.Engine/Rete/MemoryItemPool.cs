namespace RoutingRules.Engine.Rete;

/// <summary>
/// Tokens and right entries handed back by disposed sessions, per thread and type: they are most
/// of what a session allocates, and a thread that runs one session per request (the router's)
/// then allocates almost none of them after the first few requests. Bounded, so one huge session
/// does not pin its items for the life of the thread. Free items are chained through
/// <see cref="MemoryItem.Next"/>, which a pooled item no longer needs.
/// </summary>
internal static class MemoryItemPool<T>
    where T : MemoryItem, new()
{
    /// <summary>Items kept per thread; a routing session uses a few hundred.</summary>
    public const int Capacity = 4096;

    [ThreadStatic]
    private static T? t_free;

    [ThreadStatic]
    private static int t_count;

    /// <summary>Items waiting on this thread (for tests).</summary>
    internal static int CountOnThisThread => t_count;

    /// <summary>A cleared item: a pooled one, or a new one when the pool is empty.</summary>
    public static T Rent()
    {
        var item = t_free;
        if (item is null)
        {
            return new T();
        }

        t_free = (T?)item.Next;
        item.Next = null;
        t_count--;
        return item;
    }

    /// <summary>Keeps a cleared <paramref name="item"/> unless the pool is full.</summary>
    public static void Return(T item)
    {
        if (t_count < Capacity)
        {
            item.Next = t_free;
            t_free = item;
            t_count++;
        }
    }
}
