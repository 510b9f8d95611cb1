namespace RoutingRules.Engine.Rete;

/// <summary>Links shared by what a <see cref="HashMemory"/> stores (left tokens and right entries).</summary>
internal abstract class MemoryItem
{
    public MemoryItem? Prev;

    /// <summary>The next item of a memory list, or, while the item waits in <see cref="RecycledItems"/>, the next free one.</summary>
    public MemoryItem? Next;

    public object? Key;
    public int Hash;

    /// <summary>The next item its session created, so that disposing the session recycles them all.</summary>
    public MemoryItem? NextOwned;

    /// <summary>Clears the item and keeps it in <paramref name="recycled"/>; its session is done with it.</summary>
    public abstract void Recycle(RecycledItems recycled);

    /// <summary>Forgets the links and key, so a pooled item keeps nothing alive.</summary>
    protected void ClearLinks()
    {
        Prev = null;
        Next = null;
        Key = null;
        Hash = 0;
        NextOwned = null;
    }
}
