namespace RoutingRules.Engine.Rete;

/// <summary>
/// A fact stored in a right memory, with its join key computed once at insertion. A disposed
/// session hands its entries to its thread's <see cref="MemoryItemPool{T}"/> for the next session.
/// </summary>
internal sealed class RightEntry : MemoryItem
{
    public Fact Fact = null!;
    public RightSource Source = null!;
    public RightEntry? NextOfFact;

    public static RightEntry Rent(Fact fact, object? key, int hash, RightSource source)
    {
        var entry = MemoryItemPool<RightEntry>.Rent();
        entry.Fact = fact;
        entry.Key = key;
        entry.Hash = hash;
        entry.Source = source;
        return entry;
    }

    public override void Recycle()
    {
        ClearLinks();
        Fact = null!;
        Source = null!;
        NextOfFact = null;
        MemoryItemPool<RightEntry>.Return(this);
    }
}
