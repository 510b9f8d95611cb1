using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// An immutable open-addressing table of <see cref="FactType"/> by runtime type, replaced (not
/// changed) when a type is added, so that sessions on many threads read it without locking. It is
/// keyed by the type's handle: the type object's own hash code may live in a sync block.
/// </summary>
internal sealed class FactTypeTable
{
    public static readonly FactTypeTable Empty = new([]);

    private readonly FactType?[] _slots;
    private readonly int _count;

    private FactTypeTable(FactType[] types)
    {
        _count = types.Length;
        var size = 8;
        while (size < 2 * _count)
        {
            size *= 2;
        }

        _slots = new FactType?[size];
        foreach (var type in types)
        {
            var i = IndexOf(type.Type, size - 1);
            while (_slots[i] != null)
            {
                i = (i + 1) & (size - 1);
            }

            _slots[i] = type;
        }
    }

    public FactType? Find(Type type)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = IndexOf(type, mask); ; i = (i + 1) & mask)
        {
            var candidate = slots[i];
            if (candidate is null || ReferenceEquals(candidate.Type, type))
            {
                return candidate;
            }
        }
    }

    /// <summary>A new table with <paramref name="added"/> as well.</summary>
    public FactTypeTable With(FactType added)
    {
        var types = new FactType[_count + 1];
        var n = 0;
        foreach (var slot in _slots)
        {
            if (slot != null)
            {
                types[n++] = slot;
            }
        }

        types[n] = added;
        return new FactTypeTable(types);
    }

    private static int IndexOf(Type type, int mask)
    {
        var handle = (ulong)type.TypeHandle.Value;
        return (int)((handle >> 3) ^ (handle >> 17)) & mask;
    }
}
