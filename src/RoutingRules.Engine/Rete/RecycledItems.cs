using RoutingRules.Engine.Runtime;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// Facts, tokens, right entries, activations and hash memories that disposed sessions handed back, kept per
/// thread: they are most of what a session allocates, and a thread that runs one session per
/// request (the router's) then allocates almost none of them after the first few requests.
/// A session takes its thread's whole set when it is created and gives it back, refilled, when it
/// is disposed: in between, renting takes from the session's own lists (no thread-local lookup
/// per item, and no sharing if the session moves to another thread). Each list is bounded, so one
/// huge session does not pin its items for the life of the thread. Tokens, right entries and
/// activations stay in one chain per kind for their whole life (<see cref="OwnedChain"/>); free
/// facts are chained through a link they no longer need (<see cref="Fact.NextInTable"/>).
/// </summary>
internal sealed class RecycledItems
{
    /// <summary>Items kept per kind; a routing session uses a few hundred.</summary>
    public const int Capacity = 4096;

    /// <summary>Hash memories kept; a routing session fills a few dozen.</summary>
    public const int MemoryCapacity = 512;

    [ThreadStatic]
    private static RecycledItems? t_items;

    private readonly Stack<HashMemory> _memories = new();
    private MemoryHead[] _heads = [];
    private HashMemory?[] _hashed = [];
    private FactType?[]? _batchTypes;
    private Fact? _facts;

    /// <summary>The fact table of the session holding this set: emptied on disposal, with its grown bucket array.</summary>
    public FactTable FactTable { get; } = new();

    /// <summary>Tokens: rented from and cleared in one chain (see <see cref="OwnedChain"/>).</summary>
    public OwnedChain Tokens { get; } = new();

    /// <summary>Right entries, as <see cref="Tokens"/>.</summary>
    public OwnedChain Entries { get; } = new();

    public int TokenCount => Tokens.FreeCount;
    public int EntryCount => Entries.FreeCount;
    public int FactCount { get; private set; }

    /// <summary>Activations, as <see cref="Tokens"/>.</summary>
    public OwnedChain Activations { get; } = new();

    public int ActivationCount => Activations.FreeCount;

    /// <summary>The agenda of the session holding this set, emptied on disposal with its grown heap.</summary>
    public Agenda Agenda { get; } = new();

    /// <summary>The two lists a session's operations swap (touched activations), emptied on disposal.</summary>
    public List<Activation> Touched { get; } = [];

    /// <inheritdoc cref="Touched"/>
    public List<Activation> Spare { get; } = [];

    /// <summary>The activations an operation stashed while too few to index them, emptied on disposal.</summary>
    public List<Activation> Stashed { get; } = [];

    /// <summary>What this thread has (for tests): the set no session holds right now, if any.</summary>
    internal static RecycledItems? OnThisThread => t_items;

    /// <summary>This thread's set, which the caller now holds alone; a new empty one when a session already holds it.</summary>
    public static RecycledItems Take()
    {
        var items = t_items;
        t_items = null;
        return items ?? new RecycledItems();
    }

    /// <summary>Gives a set back to this thread; when another session gave one back meanwhile, the fuller one stays.</summary>
    public static void Give(RecycledItems items)
    {
        if (t_items is not { } held || held.Total < items.Total)
        {
            t_items = items;
        }
    }

    private int Total => TokenCount + EntryCount + FactCount + ActivationCount;

    /// <summary>The next free activation, or a new one (chained unless the chain is full).</summary>
    public Activation Activation()
    {
        var activation = System.Runtime.CompilerServices.Unsafe.As<Activation?>(Activations.Rent());
        if (activation is null)
        {
            activation = new Activation();
            Activations.Append(activation);
        }

        return activation;
    }

    /// <summary>Clears the tokens, right entries and activations the holding session rented and frees them all.</summary>
    public void ResetChains()
    {
        Tokens.Reset();
        Entries.Reset();
        Activations.Reset();
    }

    public Fact? Fact()
    {
        if (_facts is not { } fact)
        {
            return null;
        }

        _facts = fact.NextInTable;
        fact.NextInTable = null;
        FactCount--;
        return fact;
    }

    public HashMemory HashMemory() => _memories.Count > 0 ? _memories.Pop() : new HashMemory();

    /// <summary>
    /// Memory heads for a session of <paramref name="slots"/> slots, all empty: the holder uses the
    /// array in place and clears what it used when disposed. Grows to the largest network seen.
    /// </summary>
    public MemoryHead[] Heads(int slots) => _heads.Length >= slots ? _heads : _heads = new MemoryHead[slots];

    /// <summary>
    /// Room for the types of a batch being inserted, taken (a nested batch, from an event handler,
    /// gets its own) and given back empty with <see cref="GiveBatchTypes"/>.
    /// </summary>
    public FactType?[] TakeBatchTypes(int count)
    {
        var types = _batchTypes;
        _batchTypes = null;
        return types is not null && types.Length >= count ? types : new FactType?[Math.Max(count, 32)];
    }

    public void GiveBatchTypes(FactType?[] types, int used)
    {
        Array.Clear(types, 0, used);
        if (types.Length <= Capacity)
        {
            _batchTypes = types;
        }
    }

    /// <summary>Hashed memories for a session of <paramref name="count"/> hashed slots, all null; as <see cref="Heads"/>.</summary>
    public HashMemory?[] Hashed(int count) => _hashed.Length >= count ? _hashed : _hashed = new HashMemory?[count];

    /// <summary>Keeps a cleared fact unless the list is full.</summary>
    public void Keep(Fact fact)
    {
        if (FactCount < Capacity)
        {
            fact.NextInTable = _facts;
            _facts = fact;
            FactCount++;
        }
    }

    /// <summary>Keeps an emptied hash memory unless the stack is full.</summary>
    public void Keep(HashMemory memory)
    {
        if (_memories.Count < MemoryCapacity)
        {
            _memories.Push(memory);
        }
    }
}
