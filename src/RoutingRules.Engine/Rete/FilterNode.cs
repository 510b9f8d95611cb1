namespace RoutingRules.Engine.Rete;

/// <summary>Passes tokens satisfying a condition over the bound variables (Having).</summary>
internal sealed class FilterNode(LazyDelegate<Func<Token, bool>> condition) : BetaNode
{
    public override void LeftAssert(Session session, Token token)
    {
        bool passes;
        try
        {
            passes = condition.Value(token);
        }
        catch (Exception ex)
        {
            session.ConditionFailed(ex, condition.Text, this, null);
            return;
        }

        if (passes)
        {
            session.Emit(this, token, null);
        }
    }
}
