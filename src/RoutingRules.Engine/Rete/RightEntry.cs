namespace RoutingRules.Engine.Rete;

/// <summary>
/// A fact stored in a right memory, with its join key computed once at insertion. A disposed
/// session hands its entries to its thread's <see cref="RecycledItems"/> for the next session.
/// </summary>
internal sealed class RightEntry : MemoryItem
{
    public Fact Fact = null!;
    public RightSource Source = null!;
    public RightEntry? NextOfFact;

    public static RightEntry Rent(OwnedChain recycled, Fact fact, object? key, int hash, RightSource source)
    {
        var entry = System.Runtime.CompilerServices.Unsafe.As<RightEntry?>(recycled.Rent());
        if (entry is null)
        {
            entry = new RightEntry();
            recycled.Append(entry);
        }

        entry.Fact = fact;
        if (key != null)
        {
            // Null already otherwise (most sources have no key): no write barrier for nothing.
            entry.Key = key;
        }

        entry.Hash = hash;
        entry.Source = source;
        return entry;
    }

    public override void Clear()
    {
        ClearLinks();
        Fact = null!;
        Source = null!;
        NextOfFact = null;
    }
}
