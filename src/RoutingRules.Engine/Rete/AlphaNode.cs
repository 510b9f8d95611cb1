namespace RoutingRules.Engine.Rete;

/// <summary>
/// A single-fact test. Alpha nodes form one tree per pattern type; identical tests under the same
/// parent are one node, so rules that share conditions share their evaluation.
/// </summary>
internal sealed class AlphaNode(Type type, LazyDelegate<Func<object, bool>>? test) : NetworkNode
{
    public Type Type { get; } = type;
    public LazyDelegate<Func<object, bool>>? Test { get; } = test;
    public AlphaNode[] Children { get; set; } = [];
    public AlphaMemory? Memory { get; set; }
}
