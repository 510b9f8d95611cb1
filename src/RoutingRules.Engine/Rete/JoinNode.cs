namespace RoutingRules.Engine.Rete;

/// <summary>
/// A pattern after the first: pairs left tokens with right facts. With an equality join both
/// directions probe a hash bucket; otherwise they scan the opposite memory.
/// </summary>
internal sealed class JoinNode(RightSource source, LazyDelegate<Func<Token, object?>>? leftKey, LazyDelegate<Func<Token, object, bool>>[] tests, bool checkSelf)
    : JoinBase(source, leftKey, tests, checkSelf)
{
    public override void LeftAssert(Session session, Token token)
    {
        StoreLeft(session, token);
        for (var item = FirstRight(session, token); item != null; item = item.Next)
        {
            var entry = (RightEntry)item;
            if (Matches(session, token, entry))
            {
                session.Emit(this, token, entry.Fact);
            }
        }
    }

    public override void RightAssert(Session session, Fact fact, object? key, int hash)
    {
        for (var item = FirstLeft(session, hash); item != null; item = item.Next)
        {
            var token = (Token)item;
            if (Matches(session, token, fact, key, hash))
            {
                session.Emit(this, token, fact);
            }
        }
    }
}
