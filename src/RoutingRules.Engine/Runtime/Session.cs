using RoutingRules.Engine.Events;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>
/// A working memory and its agenda. Also the action context: actions run one at a time, so the
/// session itself is the <see cref="IContext"/> and firing allocates no context object.
/// </summary>
internal sealed partial class Session : ISession, IContext
{
    private readonly SessionFactory _factory;
    private readonly MemoryHead[] _heads;
    private readonly HashMemory?[] _hashed;
    private readonly int[] _hashedIndex;
    private readonly FactTable _facts;
    private readonly Agenda _agenda;
    private EventProvider? _events;
    private Activation? _current;
    private bool _halted;
    private int _factSequence;


    public Session(SessionFactory factory)
    {
        _factory = factory;
        _recycled = RecycledItems.Take();
        // Held with the recycled items (longer, perhaps): every lead's session needs them, and Dispose hands them back cleared.
        _facts = _recycled.FactTable;
        _agenda = _recycled.Agenda;
        _touched = _recycled.Touched;
        _spare = _recycled.Spare;
        _heads = _recycled.Heads(factory.Network.SlotHashed.Length);
        _hashed = _recycled.Hashed(factory.Network.HashedCount);
        _hashedIndex = factory.Network.HashedIndex;
        foreach (var node in factory.Network.RootNodes)
        {
            BeginOp();
            try
            {
                node.LeftAssert(this, NewToken(null, null, node));
            }
            finally
            {
                EndOp();
            }
        }
    }

    public IEventProvider Events
    {
        get
        {
            ThrowIfDisposed();
            return _events ??= new EventProvider(_factory.EventProvider);
        }
    }

    public int AgendaCount => _agenda.Count;

    private EventProvider Ev => _events ?? _factory.EventProvider;

    IRuleDefinition IContext.Rule => Current.Rule;

    IMatch IContext.Match => Current;

    private Activation Current => _current ?? throw new InvalidOperationException("No rule is firing.");

    public void Insert(object fact)
    {
        if (!TryInsert(fact))
        {
            throw new ArgumentException($"The fact is already in the session: {fact}", nameof(fact));
        }
    }

    public bool TryInsert(object fact) => InsertCore(fact) != null;

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

    public void Update(object fact)
    {
        if (!TryUpdate(fact))
        {
            throw new ArgumentException($"The fact is not in the session: {fact}", nameof(fact));
        }
    }

    public bool TryUpdate(object fact)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(fact);
        var type = _factory.Network.TypeOf(fact.GetType());
        var stored = _facts.Find(fact, type.HashOf(fact));
        if (stored is null)
        {
            return false;
        }

        stored.Object = fact;
        stored.Type = type;
        BeginOp();
        try
        {
            stored.ModifiedOp = OpId;
            Unassert(stored);
            Assert(stored);
        }
        finally
        {
            EndOp();
        }

        Ev.RaiseFactUpdated(this, fact);
        return true;
    }

    public void Retract(object fact)
    {
        if (!TryRetract(fact))
        {
            throw new ArgumentException($"The fact is not in the session: {fact}", nameof(fact));
        }
    }

    public bool TryRetract(object fact)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(fact);
        var stored = _facts.Find(fact, _factory.Network.TypeOf(fact.GetType()).HashOf(fact));
        if (stored is null)
        {
            return false;
        }

        _facts.Remove(stored);
        BeginOp();
        try
        {
            Unassert(stored);
        }
        finally
        {
            EndOp();
        }

        Ev.RaiseFactRetracted(this, stored.Object);
        return true;
    }

    public void Halt() => _halted = true;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private Fact? InsertCore(object fact)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(fact);
        var type = _factory.Network.TypeOf(fact.GetType());
        var hash = type.HashOf(fact);
        return _facts.Find(fact, hash) != null ? null : InsertNew(fact, hash, type);
    }

    /// <summary>Inserts a fact known not to be in the session yet.</summary>
    private Fact InsertNew(object fact, int hash, FactType type)
    {
        var stored = Fact.Rent(_recycled, fact, hash);
        stored.Id = ++_factSequence;
        stored.Type = type;
        _facts.Add(stored);
        BeginOp();
        try
        {
            Assert(stored);
        }
        finally
        {
            EndOp();
        }

        Ev.RaiseFactInserted(this, fact);
        return stored;
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
