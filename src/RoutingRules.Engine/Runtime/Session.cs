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
        _stashList = _recycled.Stashed;
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
}
