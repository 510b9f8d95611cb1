using System.Linq.Expressions;

namespace RoutingRules.Engine.Rete;

/// <summary>
/// A compiled expression, compiled on first use: building a network stays cheap and expressions
/// a session never reaches are never compiled. Structurally identical expressions of different
/// nodes share one compilation. A race compiles twice and keeps either result.
/// </summary>
internal sealed class LazyDelegate<TDelegate>(Expression<TDelegate> expression, string text, LazyDelegate<TDelegate>? shared = null)
    : ILazyDelegate
    where TDelegate : Delegate
{
    private TDelegate? _compiled;

    public bool IsCompiled => Volatile.Read(ref _compiled) != null;

    public string Text { get; } = text;

    public Expression<TDelegate> Expression { get; } = expression;

    public TDelegate Value => _compiled ?? Compile();

    public void Prepare() => _ = Value;

    private TDelegate Compile()
    {
        var compiled = shared?.Value ?? Expression.Compile();
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }
}
