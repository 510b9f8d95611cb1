using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Disposal: the session's tokens, right entries, activations, facts, hash memories, memory heads, fact table and agenda go back to the thread's pools.</summary>
internal sealed partial class Session
{
    // Every token and right entry this session created (up to MaxOwnedItems), chained through
    // MemoryItem.NextOwned, recycled on Dispose.
    // Deleted ones stay listed until then, which is why the list is bounded: a long-lived session
    // with much churn stops listing and lets the garbage collector have the rest, as before pooling.
    private const int MaxOwnedItems = 16_384;
    private MemoryItem? _owned;
    private int _ownedCount;
    private bool _disposed;

    // This thread's recycled items, held by this session alone until it is disposed (see RecycledItems).
    private readonly RecycledItems _recycled;

    /// <summary>
    /// Hands the session's facts, tokens, right entries and hash memories, with the recycled items it
    /// took, to this thread's <see cref="RecycledItems"/> for the next session; the session cannot be used afterwards. What the session returned (query results,
    /// facts) stays valid; matches received through its events must have been read by then.
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
        for (var item = _owned; item != null;)
        {
            var next = item.NextOwned;
            if (item is Token token)
            {
                token.Recycle(_recycled);
            }
            else
            {
                ((RightEntry)item).Recycle(_recycled);
            }

            item = next;
        }

        _owned = null;
        _ownedCount = 0;
        for (var activation = _ownedActivations; activation != null;)
        {
            var next = activation.NextOwned;
            activation.Recycle(_recycled);
            activation = next;
        }

        _ownedActivations = null;
        _ownedActivationCount = 0;
        _agenda.Clear();
        _recycled.Touched.Clear();
        _recycled.Spare.Clear();
        RecycledItems.Give(_recycled);
    }

    /// <summary>A token, recycled when the session holds one, listed for <see cref="Dispose"/>.</summary>
    internal Token NewToken(Token? parent, Fact? fact, BetaNode consumer) => Own(Token.Rent(_recycled, parent, fact, consumer));

    /// <summary>A right entry, recycled when the session holds one, listed for <see cref="Dispose"/>.</summary>
    internal RightEntry NewRightEntry(Fact fact, object? key, int hash, RightSource source) => Own(RightEntry.Rent(_recycled, fact, key, hash, source));

    private T Own<T>(T item)
        where T : MemoryItem
    {
        if (_ownedCount < MaxOwnedItems)
        {
            item.NextOwned = _owned;
            _owned = item;
            _ownedCount++;
        }

        return item;
    }
}
