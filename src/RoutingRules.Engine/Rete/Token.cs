namespace RoutingRules.Engine.Rete;

/// <summary>
/// One partial match: a chain of positions through <see cref="Parent"/>. Intrusive links keep
/// insertion, lookup and cascading deletion free of collection allocations. A disposed session
/// hands its tokens to its thread's <see cref="RecycledItems"/> for the next session.
/// </summary>
internal sealed class Token : MemoryItem
{
    // Fields, not properties: compiled rule conditions read Parent and Fact directly (TokenBinder).
    // Only Rent and Recycle write these three.
    public Token? Parent;
    public Fact? Fact;

    /// <summary>The node that received this token as its left input.</summary>
    public BetaNode Consumer = null!;

    public Token? FirstChild;
    public Token? NextSibling;
    public Token? NextOfFact;
    public Token? PrevOfFact;

    /// <summary>Number of right facts matching (Not/Exists).</summary>
    public int Count;

    /// <summary>Per-consumer state: the activation (terminal) or the aggregate state.</summary>
    public object? State;

    public static Token Rent(OwnedChain recycled, Token? parent, Fact? fact, BetaNode consumer)
    {
        // A rented token's links are null already: storing a null would only cost a write barrier.
        var token = System.Runtime.CompilerServices.Unsafe.As<Token?>(recycled.Rent());
        if (token is null)
        {
            token = new Token();
            recycled.Append(token);
        }

        if (parent != null)
        {
            token.Parent = parent;
        }

        if (fact != null)
        {
            token.Fact = fact;
        }

        token.Consumer = consumer;
        return token;
    }

    public override void Clear()
    {
        ClearLinks();
        Parent = null;
        Fact = null;
        Consumer = null!;
        FirstChild = null;
        NextSibling = null;
        NextOfFact = null;
        PrevOfFact = null;
        Count = 0;
        State = null;
    }
}
