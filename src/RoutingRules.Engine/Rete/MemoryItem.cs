namespace RoutingRules.Engine.Rete;

/// <summary>Links shared by what a <see cref="HashMemory"/> stores (left tokens and right entries).</summary>
internal abstract class MemoryItem : OwnedItem
{
    public MemoryItem? Prev;

    /// <summary>The next item of a memory list, or, while the item waits in <see cref="RecycledItems"/>, the next free one.</summary>
    public MemoryItem? Next;

    public object? Key;
    public int Hash;

    /// <summary>Forgets the links and key, so a pooled item keeps nothing alive.</summary>
    protected void ClearLinks()
    {
        Prev = null;
        Next = null;
        Key = null;
        Hash = 0;
    }
}
