using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// The strings a trace has written so far, by reference (open addressing on the object's identity
/// hash): a few hundred lookups per trace, each cheaper than a general dictionary's, which hashes
/// through an interface. Equal strings that are distinct instances count as different.
/// </summary>
internal sealed class StringTable
{
    private string?[] _keys = new string?[512];
    private int[] _indexes = new int[512];
    private int _count;

    public void Clear()
    {
        Array.Clear(_keys);
        _count = 0;
    }

    /// <summary>The index of <paramref name="value"/> if already added; otherwise adds it (next index) and returns -1.</summary>
    public int IndexOrAdd(string value)
    {
        var mask = _keys.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(value) & mask;
        while (_keys[slot] is { } key)
        {
            if (ReferenceEquals(key, value))
            {
                return _indexes[slot];
            }

            slot = (slot + 1) & mask;
        }

        _keys[slot] = value;
        _indexes[slot] = _count++;
        if (_count * 2 > _keys.Length)
        {
            Grow();
        }

        return -1;
    }

    private void Grow()
    {
        var (keys, indexes) = (_keys, _indexes);
        _keys = new string?[keys.Length * 2];
        _indexes = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                var slot = RuntimeHelpers.GetHashCode(key) & mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                (_keys[slot], _indexes[slot]) = (key, indexes[i]);
            }
        }
    }
}
