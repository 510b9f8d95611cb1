namespace RoutingRules.Engine.Rete;

/// <summary>
/// One alpha node in a fact type's flattened tree (depth first, a node before its children), so
/// that propagating a fact is a loop rather than a recursion: a failed test jumps to <see cref="End"/>,
/// past the node's descendants.
/// </summary>
internal readonly struct AlphaStep(AlphaNode node, int end)
{
    public AlphaNode Node { get; } = node;
    public LazyDelegate<Func<object, bool>>? Test { get; } = node.Test;
    public RightSource[] Sources { get; } = node.Memory?.Sources ?? [];

    /// <summary>Index of the first step after this node's descendants.</summary>
    public int End { get; } = end;

    public static AlphaStep[] Flatten(AlphaNode[] roots)
    {
        var steps = new List<AlphaStep>();
        foreach (var root in roots)
        {
            Add(root, steps);
        }

        return [.. steps];
    }

    private static void Add(AlphaNode node, List<AlphaStep> steps)
    {
        var index = steps.Count;
        steps.Add(default);
        foreach (var child in node.Children)
        {
            Add(child, steps);
        }

        steps[index] = new AlphaStep(node, steps.Count);
    }
}
