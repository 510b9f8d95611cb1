namespace RoutingRules.Engine.Rete;

/// <summary>
/// The recycled items of one kind (tokens, right entries or activations) as a single chain through
/// <see cref="OwnedItem.NextOwned"/>: first the items the holding session has rented, up to a
/// cursor, then the free ones. Renting moves the cursor (no relinking), and disposing the session
/// clears the rented items and moves the cursor back to the start, so every item is linked once,
/// when it is created, and recycling costs no list operation per item. Bounded: an item created
/// when the chain is full is not chained and goes to the garbage collector with its session.
/// </summary>
internal sealed class OwnedChain
{
    private OwnedItem? _first;
    private OwnedItem? _last;
    private OwnedItem? _next;

    /// <summary>Items in the chain.</summary>
    public int Length { get; private set; }

    /// <summary>Items after the cursor, free to rent.</summary>
    public int FreeCount { get; private set; }

    /// <summary>The next free item, or null when none is left (the caller creates one and <see cref="Append"/>s it).</summary>
    public OwnedItem? Rent()
    {
        var item = _next;
        if (item != null)
        {
            _next = item.NextOwned;
            FreeCount--;
        }

        return item;
    }

    /// <summary>Chains a new item, rented at once, unless the chain is full; only when no free item is left.</summary>
    public void Append(OwnedItem item)
    {
        if (Length >= RecycledItems.Capacity)
        {
            return;
        }

        if (_last is null)
        {
            _first = item;
        }
        else
        {
            _last.NextOwned = item;
        }

        _last = item;
        Length++;
    }

    /// <summary>Clears every rented item (so none keeps its session's objects alive) and frees the whole chain.</summary>
    public void Reset()
    {
        for (var item = _first; item != _next; item = item.NextOwned)
        {
            item!.Clear();
        }

        _next = _first;
        FreeCount = Length;
    }
}
