using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>The compiled network: immutable after build, shared by all sessions of a factory.</summary>
internal sealed class Network(AlphaNode[] typeRoots, BetaNode[] rootNodes, bool[] slotHashed)
{
    private readonly Lock _typesLock = new();
    private FactTypeTable _types = FactTypeTable.Empty;

    /// <summary>Nodes fed by the session's initial (empty) token: rules that start with Not, Exists, a query...</summary>
    public BetaNode[] RootNodes { get; } = rootNodes;

    /// <summary>For each session memory slot, whether it is a hash index.</summary>
    public bool[] SlotHashed { get; } = slotHashed;

    /// <summary>
    /// For each slot, its index among the hashed slots, or -1 for a plain list. Most memories are
    /// plain lists and a session keeps only their heads, so they cost no object of their own.
    /// </summary>
    public int[] HashedIndex { get; } = IndexHashed(slotHashed);

    /// <summary>Number of hashed slots.</summary>
    public int HashedCount { get; } = slotHashed.Count(static hashed => hashed);

    /// <summary>What a session needs to know about a fact of this runtime type (its alpha roots, its identity).</summary>
    public FactType TypeOf(Type type) => Volatile.Read(ref _types).Find(type) ?? AddType(type);

    /// <summary>The alpha roots a fact of this runtime type enters.</summary>
    public AlphaNode[] RootsFor(Type type) => TypeOf(type).Roots;

    private FactType AddType(Type type)
    {
        lock (_typesLock)
        {
            if (_types.Find(type) is { } found)
            {
                return found;
            }

            var added = new FactType(type, typeRoots.Where(r => r.Type.IsAssignableFrom(type)).ToArray());
            Volatile.Write(ref _types, _types.With(added));
            return added;
        }
    }

    private static int[] IndexHashed(bool[] slotHashed)
    {
        var index = new int[slotHashed.Length];
        var count = 0;
        for (var i = 0; i < slotHashed.Length; i++)
        {
            index[i] = slotHashed[i] ? count++ : -1;
        }

        return index;
    }
}
