using System.Collections.Concurrent;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>The compiled network: immutable after build, shared by all sessions of a factory.</summary>
internal sealed class Network(AlphaNode[] typeRoots, BetaNode[] rootNodes, bool[] slotHashed)
{
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _rootsByType = new();

    /// <summary>Nodes fed by the session's initial (empty) token: rules that start with Not, Exists, a query...</summary>
    public BetaNode[] RootNodes { get; } = rootNodes;

    /// <summary>For each session memory slot, whether it is a hash index.</summary>
    public bool[] SlotHashed { get; } = slotHashed;

    /// <summary>The alpha roots a fact of this runtime type enters (its type, base types, interfaces).</summary>
    public AlphaNode[] RootsFor(Type type) =>
        _rootsByType.TryGetValue(type, out var roots) ? roots : _rootsByType.GetOrAdd(type, Find);

    private AlphaNode[] Find(Type type) => typeRoots.Where(r => r.Type.IsAssignableFrom(type)).ToArray();
}
