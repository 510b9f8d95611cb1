namespace RoutingRules.Engine.Rete;

/// <summary>
/// The session's facts by identity: a chained hash table whose chains run through the facts
/// themselves, so a lookup or an insertion allocates nothing but the occasional resize.
/// </summary>
internal sealed class FactTable
{
    private Fact?[] _buckets = new Fact?[16];

    public int Count { get; private set; }

    /// <summary>Number of buckets (for tests: a recycled table keeps its grown size).</summary>
    internal int BucketCount => _buckets.Length;

    public static int HashOf(object value) =>
        value is IIdentityProvider provider ? provider.GetIdentity().GetHashCode() : value.GetHashCode();

    public static bool SameIdentity(object a, object b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is IIdentityProvider pa)
        {
            return b is IIdentityProvider pb && Equals(pa.GetIdentity(), pb.GetIdentity());
        }

        return a.Equals(b);
    }

    public Fact? Find(object value, int hash)
    {
        for (var f = _buckets[hash & (_buckets.Length - 1)]; f != null; f = f.NextInTable)
        {
            if (f.Hash == hash && SameIdentity(f.Object, value))
            {
                return f;
            }
        }

        return null;
    }

    public void Add(Fact fact)
    {
        if (Count >= _buckets.Length * 2)
        {
            Grow();
        }

        ref var head = ref _buckets[fact.Hash & (_buckets.Length - 1)];
        fact.NextInTable = head;
        head = fact;
        Count++;
    }

    public void Remove(Fact fact)
    {
        ref var link = ref _buckets[fact.Hash & (_buckets.Length - 1)];
        while (link != null)
        {
            if (ReferenceEquals(link, fact))
            {
                link = fact.NextInTable;
                fact.NextInTable = null;
                Count--;
                return;
            }

            link = ref link.NextInTable;
        }
    }

    /// <summary>Puts every fact at index <see cref="Fact.Id"/> - 1 of <paramref name="target"/> (at least as long as the highest number).</summary>
    public void PlaceById(Fact?[] target)
    {
        foreach (var head in _buckets)
        {
            for (var f = head; f != null; f = f.NextInTable)
            {
                target[f.Id - 1] = f;
            }
        }
    }

    /// <summary>The object of the fact with the lowest <see cref="Fact.Id"/> (the earliest inserted) whose object is a <typeparamref name="T"/>, or null.</summary>
    public T? First<T>()
        where T : class
    {
        Fact? first = null;
        foreach (var head in _buckets)
        {
            for (var f = head; f != null; f = f.NextInTable)
            {
                if (f.Object is T && (first is null || f.Id < first.Id))
                {
                    first = f;
                }
            }
        }

        return (T?)first?.Object;
    }

    /// <summary>Copies every fact, in no particular order, into <paramref name="target"/> (at least <see cref="Count"/> long).</summary>
    public void CopyTo(Fact[] target)
    {
        var i = 0;
        foreach (var head in _buckets)
        {
            for (var f = head; f != null; f = f.NextInTable)
            {
                target[i++] = f;
            }
        }
    }

    /// <summary>Buckets a recycled table keeps at most; a larger table starts small again.</summary>
    private const int MaxKeptBuckets = 1024;

    /// <summary>
    /// Recycles every fact into <paramref name="recycled"/> and empties the table for the next
    /// session, keeping the grown bucket array (bounded): a table that is reused with more buckets
    /// finds the same facts, only with shorter chains.
    /// </summary>
    public void RecycleAll(RecycledItems recycled)
    {
        if (_buckets.Length > MaxKeptBuckets)
        {
            foreach (var head in _buckets)
            {
                for (var f = head; f != null;)
                {
                    var next = f.NextInTable;
                    f.Recycle(recycled);
                    f = next;
                }
            }

            _buckets = new Fact?[16];
            Count = 0;
            return;
        }

        for (var i = 0; i < _buckets.Length; i++)
        {
            for (var f = _buckets[i]; f != null;)
            {
                var next = f.NextInTable;
                f.Recycle(recycled);
                f = next;
            }

            _buckets[i] = null;
        }

        Count = 0;
    }

    private void Grow()
    {
        var old = _buckets;
        _buckets = new Fact?[old.Length * 2];
        foreach (var head in old)
        {
            var f = head;
            while (f != null)
            {
                var next = f.NextInTable;
                ref var bucket = ref _buckets[f.Hash & (_buckets.Length - 1)];
                f.NextInTable = bucket;
                bucket = f;
                f = next;
            }
        }
    }
}
