using System.Linq.Expressions;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// A compiled expression, compiled on first use: building a network stays cheap and expressions
/// a session never reaches are never compiled. Structurally identical expressions of different
/// nodes share one compilation. A race compiles twice and keeps either result.
/// </summary>
internal sealed class LazyDelegate<TDelegate>(Expression<TDelegate> expression, string text, LazyDelegate<TDelegate>? shared = null)
    where TDelegate : Delegate
{
    private TDelegate? _compiled;

    public string Text { get; } = text;

    public Expression<TDelegate> Expression { get; } = expression;

    public TDelegate Value => _compiled ?? Compile();

    private TDelegate Compile()
    {
        var compiled = shared?.Value ?? Expression.Compile();
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }
}
