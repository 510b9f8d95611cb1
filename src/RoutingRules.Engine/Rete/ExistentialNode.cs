namespace RoutingRules.Engine.Rete;

/// <summary>
/// Not (passes a left token while no right fact matches it) or Exists (while at least one does).
/// Each left token counts its matches; a retraction recounts the affected tokens because the
/// retracted fact may already have changed.
/// </summary>
internal sealed class ExistentialNode(bool exists, RightSource source, LazyDelegate<Func<Token, object?>>? leftKey, LazyDelegate<Func<Token, object, bool>>[] tests, bool checkSelf)
    : JoinBase(source, leftKey, tests, checkSelf)
{
    public bool Exists { get; } = exists;

    public override void LeftAssert(Session session, Token token)
    {
        StoreLeft(session, token);
        token.Count = Count(session, token);
        if ((token.Count > 0) == Exists)
        {
            session.Emit(this, token, null);
        }
    }

    public override void RightAssert(Session session, Fact fact, object? key, int hash)
    {
        for (var item = FirstLeft(session, hash); item != null; item = item.Next)
        {
            var token = (Token)item;
            if (!Matches(session, token, fact, key, hash) || ++token.Count != 1)
            {
                continue;
            }

            if (Exists)
            {
                session.Emit(this, token, null);
            }
            else
            {
                session.DeleteChildren(token);
            }
        }
    }

    public override void RightRetract(Session session, RightEntry entry)
    {
        for (var item = FirstLeft(session, entry.Hash); item != null; item = item.Next)
        {
            var token = (Token)item;
            if (token.Count == 0 || (LeftKey != null && (token.Hash != entry.Hash || !Equals(token.Key, entry.Key))))
            {
                continue;
            }

            token.Count = Count(session, token);
            if (token.Count > 0)
            {
                continue;
            }

            if (Exists)
            {
                session.DeleteChildren(token);
            }
            else
            {
                session.Emit(this, token, null);
            }
        }
    }

    private int Count(Session session, Token token)
    {
        var count = 0;
        for (var item = FirstRight(session, token); item != null; item = item.Next)
        {
            if (Matches(session, token, (RightEntry)item))
            {
                count++;
            }
        }

        return count;
    }
}
