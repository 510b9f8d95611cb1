using System.Collections.Concurrent;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// One instance per key, for values that many long-lived objects hold (the decisions in force):
/// thread-safe, and bounded, since the keys may come from callers' free text. Past
/// <c>capacity</c> keys a value is created and returned unshared, so the pool stops growing
/// (concurrent first uses may each add one beyond it).
/// </summary>
internal sealed class SharingPool<TKey, TValue>(int capacity)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();
    private int _count;

    /// <summary>How many values are kept for sharing.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The shared value of <paramref name="key"/>, made by <paramref name="create"/> the first time (or every time once the pool is full).</summary>
    public TValue Share(TKey key, Func<TKey, TValue> create)
    {
        if (_values.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var created = create(key);
        if (Count >= capacity)
        {
            return created;
        }

        if (_values.TryAdd(key, created))
        {
            Interlocked.Increment(ref _count);
            return created;
        }

        return _values.TryGetValue(key, out shared) ? shared : created;
    }
}
