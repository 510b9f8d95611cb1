namespace RoutingRules.Engine.Rete;

/// <summary>A fact stored in a right memory, with its join key computed once at insertion.</summary>
internal sealed class RightEntry : MemoryItem
{
    public RightEntry(Fact fact, object? key, int hash, RightSource source)
    {
        Fact = fact;
        Key = key;
        Hash = hash;
        Source = source;
    }

    public readonly Fact Fact;
    public readonly RightSource Source;
    public RightEntry? NextOfFact;
}
