using System.Linq.Expressions;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// A compiled expression, compiled on first use: building a network stays cheap and expressions
/// a session never reaches are never compiled. A race compiles twice and keeps either result.
/// </summary>
internal sealed class LazyDelegate<TDelegate>(Expression<TDelegate> expression, string text)
    where TDelegate : Delegate
{
    private TDelegate? _compiled;

    public string Text { get; } = text;

    public TDelegate Value => _compiled ?? Compile();

    private TDelegate Compile()
    {
        var compiled = expression.Compile();
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }
}
