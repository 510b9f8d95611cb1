namespace RoutingRules.Engine.Rete;

/// <summary>A fact in a session, or a value the network derives (Let, aggregation results).</summary>
internal sealed class Fact(object value, int hash)
{
    public object Object = value;
    public readonly int Hash = hash;

    /// <summary>Insertion number, to read facts back in insertion order.</summary>
    public int Id;

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
}
