using System.Numerics;
using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Objects mapped to numbers by identity (open addressing on the object's identity hash). Trace
/// assembly and encoding look up a few hundred facts and strings per decision; this costs less
/// than a dictionary with a reference comparer, which hashes and compares through an interface.
/// Equal objects that are distinct instances are different keys.
/// </summary>
internal sealed class IdentityTable
{
    private object?[] _keys;
    private int[] _values;

    /// <param name="expected">How many keys are expected; the table grows past it if needed.</param>
    public IdentityTable(int expected = 32)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, expected * 2));
        (_keys, _values) = (new object?[slots], new int[slots]);
    }

    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_keys);
        Count = 0;
    }

    public bool TryGet(object key, out int value)
    {
        var mask = _keys.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(key) & mask; _keys[slot] is { } stored; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(stored, key))
            {
                value = _values[slot];
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Maps <paramref name="key"/> to <paramref name="value"/>, replacing an earlier value.</summary>
    public void Set(object key, int value)
    {
        var mask = _keys.Length - 1;
        for (var slot = RuntimeHelpers.GetHashCode(key) & mask; _keys[slot] is { } stored; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(stored, key))
            {
                _values[slot] = value;
                return;
            }
        }

        Add(key, value);
    }

    /// <summary>Adds a key not in the table.</summary>
    public void Add(object key, int value)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Place(key, value);
        Count++;
    }

    /// <summary>The number of <paramref name="key"/> if present; otherwise adds it numbered <see cref="Count"/> and returns -1.</summary>
    public int IndexOrAdd(object key)
    {
        if (TryGet(key, out var index))
        {
            return index;
        }

        Add(key, Count);
        return -1;
    }

    private void Place(object key, int value)
    {
        var mask = _keys.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        (_keys[slot], _values[slot]) = (key, value);
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        (_keys, _values) = (new object?[keys.Length * 2], new int[keys.Length * 2]);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Place(key, values[i]);
            }
        }
    }
}
