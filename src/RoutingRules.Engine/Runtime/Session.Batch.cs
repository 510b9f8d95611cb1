using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>Inserting a batch: all or nothing, with each fact's type and hash found once.</summary>
internal sealed partial class Session
{
    public void InsertAll(IEnumerable<object> facts)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(facts);
        var batch = facts as IReadOnlyList<object> ?? facts.ToList();

        // Each fact's hash is computed once (a record hashes every field) and spares most pairwise comparisons.
        var hashes = batch.Count <= 128 ? stackalloc int[batch.Count] : new int[batch.Count];
        var network = _factory.Network;
        var types = _recycled.TakeBatchTypes(batch.Count);
        FactType? type = null;
        for (var i = 0; i < batch.Count; i++)
        {
            var fact = batch[i] ?? throw new ArgumentNullException(nameof(facts), "A fact is null.");

            // Batches come in runs of one type (the reps, the territories...).
            var runtimeType = fact.GetType();
            if (!ReferenceEquals(type?.Type, runtimeType))
            {
                type = network.TypeOf(runtimeType);
            }

            types[i] = type;
            hashes[i] = type!.HashOf(fact);
            if (_facts.Find(fact, hashes[i]) != null)
            {
                throw new ArgumentException($"The fact is already in the session: {fact}", nameof(facts));
            }
        }

        ThrowOnDuplicates(batch, hashes);
        for (var i = 0; i < batch.Count; i++)
        {
            InsertNew(batch[i], hashes[i], types[i]!);
        }

        _recycled.GiveBatchTypes(types, batch.Count);
    }

    /// <summary>Small batches compare pairwise (facts of equal hashes only) rather than allocate a set.</summary>
    private static void ThrowOnDuplicates(IReadOnlyList<object> batch, ReadOnlySpan<int> hashes)
    {
        if (batch.Count <= 32)
        {
            for (var i = 1; i < batch.Count; i++)
            {
                // A vectorised search for an equal hash; identities are compared only on a hit.
                var earlier = hashes[..i];
                for (var j = earlier.IndexOf(hashes[i]); j >= 0; j = NextIndexOf(earlier, hashes[i], j))
                {
                    if (FactTable.SameIdentity(batch[i], batch[j]))
                    {
                        throw new ArgumentException($"The fact is inserted twice: {batch[i]}", "facts");
                    }
                }
            }

            return;
        }

        var seen = new HashSet<object>(IdentityComparer.Instance);
        foreach (var fact in batch)
        {
            if (!seen.Add(fact))
            {
                throw new ArgumentException($"The fact is inserted twice: {fact}", "facts");
            }
        }
    }

    private static int NextIndexOf(ReadOnlySpan<int> hashes, int hash, int after)
    {
        var next = hashes[(after + 1)..].IndexOf(hash);
        return next < 0 ? -1 : after + 1 + next;
    }

    private sealed class IdentityComparer : IEqualityComparer<object>
    {
        public static readonly IdentityComparer Instance = new();

        public new bool Equals(object? x, object? y) => x is not null && y is not null && FactTable.SameIdentity(x, y);

        public int GetHashCode(object obj) => FactTable.HashOf(obj);
    }
}
