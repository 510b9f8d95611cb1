namespace RoutingRules.Engine.Rete;

/// <summary>
/// Collect or GroupBy over the right facts matching each left token. Results are kept in place and
/// re-emitted on change, so the downstream match is updated rather than replaced.
/// </summary>
internal sealed class AggregateNode(
    RightSource source,
    LazyDelegate<Func<Token, object?>>? leftKey,
    LazyDelegate<Func<Token, object, bool>>[] tests,
    bool checkSelf,
    AggregateSpec spec)
    : JoinBase(source, leftKey, tests, checkSelf)
{
    public override void LeftAssert(Session session, Token token)
    {
        StoreLeft(session, token);
        var state = new AggregateState(spec);
        token.State = state;
        for (var item = FirstRight(session, token); item != null; item = item.Next)
        {
            var entry = (RightEntry)item;
            if (Matches(session, token, entry))
            {
                Add(session, state, entry.Fact);
            }
        }

        if (state.Single != null)
        {
            EmitIfPasses(session, token, state.Single);
        }
        else if (state.Groups != null)
        {
            foreach (var group in state.Groups.Values)
            {
                EmitIfPasses(session, token, group);
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
                var changed = Add(session, (AggregateState)token.State!, fact);
                if (changed != null)
                {
                    Refresh(session, token, changed);
                }
            }
        }
    }

    public override void RightRetract(Session session, RightEntry entry)
    {
        for (var item = FirstLeft(session, entry.Hash); item != null; item = item.Next)
        {
            var token = (Token)item;
            var changed = ((AggregateState)token.State!).Remove(entry.Fact);
            if (changed != null)
            {
                Refresh(session, token, changed);
            }
        }
    }

    private Fact? Add(Session session, AggregateState state, Fact fact)
    {
        object? value = fact.Object;
        try
        {
            if (spec.Selector != null)
            {
                value = spec.Selector.Value(value);
            }

            foreach (var filter in spec.ElementFilters)
            {
                if (!filter.Value(value))
                {
                    return null;
                }
            }

            var groupKey = spec.GroupKey?.Value(value);
            return state.Add(fact, value, groupKey);
        }
        catch (Exception ex)
        {
            session.ConditionFailed(ex, spec.Text, this, fact.Object);
            return null;
        }
    }

    private void Refresh(Session session, Token token, Fact result)
    {
        for (var child = token.FirstChild; child != null;)
        {
            var next = child.NextSibling;
            if (ReferenceEquals(child.Fact, result))
            {
                session.DeleteToken(child);
            }

            child = next;
        }

        result.ModifiedOp = session.OpId;
        var collection = (ElementCollection)result.Object;
        if (collection.Count > 0 || spec.Groups is null)
        {
            EmitIfPasses(session, token, result);
        }
        else
        {
            ((AggregateState)token.State!).Groups!.Remove(((AggregateState)token.State!).KeyOf(result));
        }
    }

    private void EmitIfPasses(Session session, Token token, Fact result)
    {
        foreach (var filter in spec.ResultFilters)
        {
            try
            {
                if (!filter.Value(result.Object))
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                session.ConditionFailed(ex, filter.Text, this, result.Object);
                return;
            }
        }

        session.Emit(this, token, result);
    }
}
