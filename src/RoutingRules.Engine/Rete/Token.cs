namespace RoutingRules.Engine.Rete;

/// <summary>
/// One partial match: a chain of positions through <see cref="Parent"/>. Intrusive links keep
/// insertion, lookup and cascading deletion free of collection allocations.
/// </summary>
internal sealed class Token(Token? parent, Fact? fact, BetaNode consumer) : MemoryItem
{
    public readonly Token? Parent = parent;
    public readonly Fact? Fact = fact;

    /// <summary>The node that received this token as its left input.</summary>
    public readonly BetaNode Consumer = consumer;

    public Token? FirstChild;
    public Token? NextSibling;
    public Token? NextOfFact;
    public Token? PrevOfFact;

    /// <summary>Number of right facts matching (Not/Exists).</summary>
    public int Count;

    /// <summary>Per-consumer state: the activation (terminal) or the aggregate state.</summary>
    public object? State;
}
