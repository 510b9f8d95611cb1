namespace RoutingRules.Engine.Rete;

/// <summary>
/// The memory of a node with an equality join: a hash index on the join key (plain lists live in
/// the session). Chains are intrusive and doubly linked so removal is O(1) and nothing is allocated
/// per item; a resize keeps the relative order of items with equal keys. Chains average up
/// to two items before a resize: short sessions allocate fewer bucket arrays.
/// </summary>
internal sealed class HashMemory
{
    private MemoryHead[] _buckets = new MemoryHead[8];

    /// <summary>
    /// Empties the memory (its items are recycled by their session) and keeps it, with its grown
    /// bucket array, for the next session. Lookups walk one chain and filter by key, so a reused
    /// memory's larger capacity changes no result nor the order of items with equal keys.
    /// </summary>
    public void Recycle(RecycledItems recycled)
    {
        Array.Clear(_buckets);
        Count = 0;
        recycled.Keep(this);
    }

    public int Count { get; private set; }

    public static int HashOf(object? key) => key is null ? 0 : key.GetHashCode() & 0x7FFFFFFF;

    /// <summary>The first item of the chain that holds the items with this hash.</summary>
    public MemoryItem? First(int hash) => _buckets[hash & (_buckets.Length - 1)].First;

    public void Add(MemoryItem item)
    {
        if (Count >= _buckets.Length * 2)
        {
            Grow();
        }

        Link(ref _buckets[item.Hash & (_buckets.Length - 1)].First, item);
        Count++;
    }

    public void Remove(MemoryItem item)
    {
        Unlink(ref _buckets[item.Hash & (_buckets.Length - 1)].First, item);
        Count--;
    }

    /// <summary>Removes an item from the chain starting at <paramref name="head"/>.</summary>
    internal static void Unlink(ref MemoryItem? head, MemoryItem item)
    {
        if (item.Prev != null)
        {
            item.Prev.Next = item.Next;
        }
        else
        {
            head = item.Next;
        }

        if (item.Next != null)
        {
            item.Next.Prev = item.Prev;
        }

        item.Prev = null;
        item.Next = null;
    }

    /// <summary>Adds an item at the front of the chain starting at <paramref name="head"/>.</summary>
    internal static void Link(ref MemoryItem? head, MemoryItem item)
    {
        item.Prev = null;
        item.Next = head;
        if (head != null)
        {
            head.Prev = item;
        }

        head = item;
    }

    private void Grow()
    {
        var old = _buckets;
        _buckets = new MemoryHead[old.Length * 2];
        foreach (var bucket in old)
        {
            if (bucket.First is not { } head)
            {
                continue;
            }

            var tail = head;
            while (tail.Next != null)
            {
                tail = tail.Next;
            }

            // Re-linking from the tail keeps the newest-first order within each new chain.
            for (var item = tail; item != null;)
            {
                var prev = item.Prev;
                Link(ref _buckets[item.Hash & (_buckets.Length - 1)].First, item);
                item = prev;
            }
        }
    }
}
