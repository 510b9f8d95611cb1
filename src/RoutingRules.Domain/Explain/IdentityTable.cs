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

    // The slot of each key in the order added, kept by a reusable table so that clearing empties
    // those slots only; tables built for one decision do without it.
    private int[]? _used;

    /// <param name="expected">How many keys are expected; the table grows past it if needed.</param>
    /// <param name="reusable">Whether the table will be cleared and reused (clearing is then as cheap as the keys are few).</param>
    public IdentityTable(int expected = 32, bool reusable = false)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, expected * 2));
        (_keys, _values, _used) = (new object?[slots], new int[slots], reusable ? new int[slots / 2] : null);
    }

    public int Count { get; private set; }

    /// <summary>Empties the table, keeping its size: a writer reused for every trace clears a few hundred slots, not thousands.</summary>
    public void Clear()
    {
        if (_used is null)
        {
            Array.Clear(_keys);
        }
        else
        {
            for (var i = 0; i < Count; i++)
            {
                _keys[_used[i]] = null;
            }
        }

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

        var slot = Place(key, value);
        if (_used is not null)
        {
            _used[Count] = slot;
        }

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

    private int Place(object key, int value)
    {
        var mask = _keys.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        (_keys[slot], _values[slot]) = (key, value);
        return slot;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        (_keys, _values) = (new object?[keys.Length * 2], new int[keys.Length * 2]);
        if (_used is null)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is { } key)
                {
                    Place(key, values[i]);
                }
            }

            return;
        }

        var used = _used;
        _used = new int[keys.Length];
        for (var i = 0; i < Count; i++)
        {
            _used[i] = Place(keys[used[i]]!, values[used[i]]);
        }
    }
}
