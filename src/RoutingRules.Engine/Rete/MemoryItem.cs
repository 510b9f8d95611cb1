namespace RoutingRules.Engine.Rete;

/// <summary>Links shared by what a <see cref="HashMemory"/> stores (left tokens and right entries).</summary>
internal abstract class MemoryItem
{
    public MemoryItem? Prev;
    public MemoryItem? Next;
    public object? Key;
    public int Hash;
}
