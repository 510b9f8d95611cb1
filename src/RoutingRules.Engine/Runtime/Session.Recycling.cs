using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Disposal: the session's tokens, right entries, activations, facts, hash memories, memory heads, fact table and agenda go back to the thread's pools.</summary>
internal sealed partial class Session
{
    private bool _disposed;

    // This thread's recycled items, held by this session alone until it is disposed (see RecycledItems).
    // Every token, right entry and activation the session rents stays chained there (deleted ones
    // too) until Dispose clears them; the chains are bounded, so a long-lived session with much
    // churn creates unchained items beyond the bound and the garbage collector has those.
    private readonly RecycledItems _recycled;

    /// <summary>
    /// Hands the session's facts, tokens, right entries, activations and hash memories, with the
    /// recycled items it took, to this thread's <see cref="RecycledItems"/> for the next session;
    /// the session cannot be used afterwards. What the session returned (query results, facts)
    /// stays valid; matches received through its events must have been read by then.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (_current != null)
        {
            throw new InvalidOperationException("A session cannot be disposed by one of its own rules while they fire.");
        }

        _disposed = true;
        var hashedCount = _factory.Network.HashedCount;
        for (var i = 0; i < hashedCount; i++)
        {
            _hashed[i]?.Recycle(_recycled);
        }

        Array.Clear(_hashed, 0, hashedCount);
        Array.Clear(_heads, 0, _factory.Network.SlotHashed.Length);

        // The facts in the working memory; retracted ones are no longer listed and go to the garbage collector.
        _facts.RecycleAll(_recycled);
        _recycled.ResetChains();
        _agenda.Clear();
        _recycled.Touched.Clear();
        _recycled.Spare.Clear();
        _recycled.Stashed.Clear();
        RecycledItems.Give(_recycled);
    }

    /// <summary>A token, recycled when the session holds one.</summary>
    internal Token NewToken(Token? parent, Fact? fact, BetaNode consumer) => Token.Rent(_recycled.Tokens, parent, fact, consumer);

    /// <summary>A right entry, recycled when the session holds one.</summary>
    internal RightEntry NewRightEntry(Fact fact, object? key, int hash, RightSource source) => RightEntry.Rent(_recycled.Entries, fact, key, hash, source);
}
