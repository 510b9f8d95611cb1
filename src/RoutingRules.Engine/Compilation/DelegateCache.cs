using System.Linq.Expressions;
using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Compilation;

/// <summary>
/// Gives structurally identical bound expressions one compilation: generated and hand-written rule
/// sets repeat keys and actions (<c>lead.Domain</c>, <c>ctx =&gt; Count()</c>) across many rules.
/// </summary>
internal sealed class DelegateCache
{
    private readonly Dictionary<LambdaExpression, object> _canonical = new(ExpressionComparer.Instance);

    public LazyDelegate<TDelegate> Get<TDelegate>(Expression<TDelegate> lambda, string text)
        where TDelegate : Delegate
    {
        if (_canonical.TryGetValue(lambda, out var existing) && existing is LazyDelegate<TDelegate> canonical)
        {
            return new LazyDelegate<TDelegate>(lambda, text, canonical);
        }

        var created = new LazyDelegate<TDelegate>(lambda, text);
        _canonical[lambda] = created;
        return created;
    }

    /// <summary>Compiles every distinct expression now; delegates sharing one then only copy it on first use.</summary>
    public void CompileAll()
    {
        foreach (var canonical in _canonical.Values)
        {
            ((ILazyDelegate)canonical).Prepare();
        }
    }
}
