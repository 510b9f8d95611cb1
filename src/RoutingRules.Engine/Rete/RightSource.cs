using System.Linq.Expressions;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// A right input built on an alpha memory: stored or not, hashed on a key or not. Joins over the
/// same alpha memory with the same right key share one source, hence one hash index per session.
/// </summary>
internal sealed class RightSource(int slot, bool stored, LambdaExpression? keyExpression, LazyDelegate<Func<object, object?>>? key)
{
    /// <summary>Index of this source's memory in a session; -1 when not stored.</summary>
    public int Slot { get; } = slot;
    public bool Stored { get; } = stored;
    public LambdaExpression? KeyExpression { get; } = keyExpression;
    public LazyDelegate<Func<object, object?>>? Key { get; } = key;
    public bool Hashed => Key != null;
    public BetaNode[] Consumers { get; set; } = [];
}
