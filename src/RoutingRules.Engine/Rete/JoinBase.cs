namespace RoutingRules.Engine.Rete;

/// <summary>
/// What nodes with a left and a right input share: the optional hashed equality (left key against
/// the source's right key), the remaining join tests, and the rule that a fact never pairs with
/// itself unless the rule asks for it.
/// </summary>
internal abstract class JoinBase(RightSource source, LazyDelegate<Func<Token, object?>>? leftKey, LazyDelegate<Func<Token, object, bool>>[] tests, bool checkSelf)
    : BetaNode
{
    public RightSource Source { get; } = source;
    public LazyDelegate<Func<Token, object?>>? LeftKey { get; } = leftKey;
    public LazyDelegate<Func<Token, object, bool>>[] Tests { get; } = tests;
    public bool CheckSelf { get; } = checkSelf;

    /// <summary>Computes the token's key and stores it in this node's left memory.</summary>
    protected void StoreLeft(Session session, Token token)
    {
        if (LeftKey != null)
        {
            object? key;
            try
            {
                key = LeftKey.Value(token);
            }
            catch (Exception ex)
            {
                session.ConditionFailed(ex, LeftKey.Text, this, null);
                key = ConditionFailedKey.Instance;
            }

            token.Key = key;
            token.Hash = HashMemory.HashOf(key);
        }

        session.AddToMemory(Slot, token);
    }

    /// <summary>The first right entry to consider for a left token (walk the chain and call <see cref="Matches(Session, Token, RightEntry)"/>).</summary>
    protected MemoryItem? FirstRight(Session session, Token token) =>
        session.FirstInMemory(Source.Slot, token.Hash);

    /// <summary>The first left token to consider for a right fact.</summary>
    protected MemoryItem? FirstLeft(Session session, int hash) => session.FirstInMemory(Slot, hash);

    protected bool Matches(Session session, Token token, RightEntry entry) =>
        (LeftKey is null || (token.Hash == entry.Hash && Equals(token.Key, entry.Key))) && Passes(session, token, entry.Fact);

    protected bool Matches(Session session, Token token, Fact fact, object? key, int hash) =>
        (LeftKey is null || (token.Hash == hash && Equals(token.Key, key))) && Passes(session, token, fact);

    private bool Passes(Session session, Token token, Fact fact)
    {
        if (CheckSelf && Holds(token, fact))
        {
            return false;
        }

        foreach (var test in Tests)
        {
            try
            {
                if (!test.Value(token, fact.Object))
                {
                    return false;
                }
            }
            catch (Exception ex)
            {
                session.ConditionFailed(ex, test.Text, this, fact.Object);
                return false;
            }
        }

        return true;
    }

    private static bool Holds(Token? token, Fact fact)
    {
        for (; token != null; token = token.Parent)
        {
            if (ReferenceEquals(token.Fact, fact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key of a token whose key expression failed and was handled: equal to nothing.</summary>
    private sealed class ConditionFailedKey
    {
        public static readonly ConditionFailedKey Instance = new();
    }
}
