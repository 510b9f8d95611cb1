namespace RoutingRules.Engine.Rete;

/// <summary>
/// A node of one rule's chain. Tokens flow left to right; each node hands what it produces to its
/// single <see cref="Child"/>. Facts reach nodes with a right input through a <see cref="RightSource"/>.
/// </summary>
internal abstract class BetaNode : NetworkNode
{
    /// <summary>Index of this node's left memory in a session; -1 when the node keeps none.</summary>
    public int Slot { get; init; } = -1;

    public BetaNode Child { get; set; } = null!;

    public abstract void LeftAssert(Session session, Token token);

    public virtual void LeftRetract(Session session, Token token)
    {
        if (Slot >= 0)
        {
            session.RemoveFromMemory(Slot, token);
        }
    }

    public virtual void RightAssert(Session session, Fact fact, object? key, int hash)
    {
    }

    public virtual void RightRetract(Session session, RightEntry entry)
    {
    }
}
