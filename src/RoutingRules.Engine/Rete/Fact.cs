namespace RoutingRules.Engine.Rete;

/// <summary>A fact in a session, or a value the network derives (Let, aggregation results).</summary>
internal sealed class Fact(object value, int hash)
{
    public object Object = value;

    // Not readonly only so that a recycled fact can take a new identity (Rent).
    public int Hash = hash;

    public int Id;

    /// <summary>The runtime type's alpha roots and identity rule; null for a derived value.</summary>
    public FactType? Type;

    /// <summary>Chain of the session's fact table bucket.</summary>
    public Fact? NextInTable;

    /// <summary>Tokens whose own position holds this fact; deleted when the fact is retracted.</summary>
    public Token? FirstToken;

    /// <summary>Right-memory entries of this fact, unlinked when the fact is retracted.</summary>
    public RightEntry? FirstEntry;

    /// <summary>Operation number of the last change, to tell an updated match from an unchanged one.</summary>
    public int ModifiedOp;

    /// <summary>Whether this is a derived value rather than a working-memory fact.</summary>
    public bool IsDerived;

    /// <summary>Number of Yield actions currently owning this fact.</summary>
    public int LinkCount;

    /// <summary>A fact of the working memory: a recycled one when there is one.</summary>
    public static Fact Rent(RecycledItems recycled, object value, int hash)
    {
        if (recycled.Fact() is not { } fact)
        {
            return new Fact(value, hash);
        }

        fact.Object = value;
        fact.Hash = hash;
        return fact;
    }

    /// <summary>Forgets everything and keeps the fact in <paramref name="recycled"/>; its session is done with it.</summary>
    public void Recycle(RecycledItems recycled)
    {
        Object = null!;
        Hash = 0;
        Id = 0;
        Type = null;
        FirstToken = null;
        FirstEntry = null;
        ModifiedOp = 0;
        IsDerived = false;
        LinkCount = 0;
        NextInTable = null;
        recycled.Keep(this);
    }
}
