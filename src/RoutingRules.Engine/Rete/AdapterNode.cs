namespace RoutingRules.Engine.Rete;

/// <summary>
/// The first pattern of a rule: every fact from its source starts a token. It keeps no memory:
/// its tokens die through the fact's token list when the fact is retracted.
/// </summary>
internal sealed class AdapterNode : BetaNode
{
    public override void LeftAssert(Session session, Token token) =>
        throw new InvalidOperationException("An adapter has no left input.");

    public override void RightAssert(Session session, Fact fact, object? key, int hash) =>
        session.Emit(this, null, fact);
}
