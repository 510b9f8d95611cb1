using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Disposal: the session's tokens, right entries, facts, hash memories and memory heads go back to the thread's pools.</summary>
internal sealed partial class Session
{
    // Every token and right entry this session created (up to MaxOwnedItems), recycled on Dispose.
    // Deleted ones stay listed until then, which is why the list is bounded: a long-lived session
    // with much churn stops listing and lets the garbage collector have the rest, as before pooling.
    private const int MaxOwnedItems = 16_384;
    private Owned[]? _owned;
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
        foreach (var memory in _hashed)
        {
            memory?.Recycle(_recycled);
        }

        if (_hashed.Length > 0)
        {
            System.Buffers.ArrayPool<HashMemory?>.Shared.Return(_hashed, clearArray: true);
        }

        System.Buffers.ArrayPool<MemoryItem?>.Shared.Return(_heads, clearArray: true);

        // The facts in the working memory; retracted ones are no longer listed and go to the garbage collector.
        _facts.RecycleAll(_recycled);
        if (_owned is { } owned)
        {
            for (var i = 0; i < _ownedCount; i++)
            {
                owned[i].Item.Recycle(_recycled);
            }

            System.Buffers.ArrayPool<Owned>.Shared.Return(owned, clearArray: true);
            _owned = null;
            _ownedCount = 0;
        }

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
            if (_owned is null || _ownedCount == _owned.Length)
            {
                GrowOwned();
            }

            _owned![_ownedCount++] = new Owned(item);
        }

        return item;
    }

    private void GrowOwned()
    {
        var pool = System.Buffers.ArrayPool<Owned>.Shared;
        var grown = pool.Rent(_owned is null ? 256 : _owned.Length * 2);
        if (_owned is { } old)
        {
            Array.Copy(old, grown, _ownedCount);
            pool.Return(old, clearArray: true);
        }

        _owned = grown;
    }

    /// <summary>An item in a struct, so that listing it costs no array covariance check.</summary>
    private readonly record struct Owned(MemoryItem Item);
}
