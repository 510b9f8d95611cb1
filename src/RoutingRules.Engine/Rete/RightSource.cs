using System.Linq.Expressions;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// A right input built on an alpha memory: stored or not, hashed on a key or not. Joins over the
/// same alpha memory with the same right key share one source, so one hash index per session.
/// </summary>
internal sealed class RightSource(int slot, bool stored, LambdaExpression? keyExpression, LazyDelegate<Func<object, object?>>? key)
{
    private BetaNode[] _consumers = [];

    /// <summary>Index of this source's memory in a session; -1 when not stored.</summary>
    public int Slot { get; } = slot;
    public bool Stored { get; } = stored;
    public LambdaExpression? KeyExpression { get; } = keyExpression;
    public LazyDelegate<Func<object, object?>>? Key { get; } = key;
    public bool Hashed => Key != null;

    public BetaNode[] Consumers
    {
        get => _consumers;
        set
        {
            _consumers = value;
            LeftSlots = Array.ConvertAll(value, static c => c is JoinBase ? c.Slot : -1);
        }
    }

    /// <summary>
    /// For each consumer, the slot of the left memory its right activations walk (-1 for an
    /// adapter, which always emits): a fact arriving while that memory holds nothing under its
    /// hash has nothing to pair with, and the session skips the call.
    /// </summary>
    public int[] LeftSlots { get; private set; } = [];
}
