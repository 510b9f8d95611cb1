namespace RoutingRules.Engine.Rete;

/// <summary>Binds a value computed from the token (Let).</summary>
internal sealed class LetNode(LazyDelegate<Func<Token, object?>> value) : BetaNode
{
    public override void LeftAssert(Session session, Token token)
    {
        object? result;
        try
        {
            result = value.Value(token);
        }
        catch (Exception ex)
        {
            session.ConditionFailed(ex, value.Text, this, null);
            return;
        }

        session.Emit(this, token, new Fact(result!, 0) { IsDerived = true });
    }
}
