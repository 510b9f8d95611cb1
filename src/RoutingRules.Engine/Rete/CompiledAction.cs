namespace RoutingRules.Engine.Rete;

/// <summary>An action bound to token positions: a Do, or a Yield with its optional update.</summary>
internal sealed class CompiledAction(
    string text,
    LazyDelegate<Action<IContext, Token>>? run,
    LazyDelegate<Func<IContext, Token, object>>? create,
    LazyDelegate<Func<IContext, Token, object, object>>? update,
    int yieldIndex)
{
    public string Text { get; } = text;
    public LazyDelegate<Action<IContext, Token>>? Run { get; } = run;
    public LazyDelegate<Func<IContext, Token, object>>? Create { get; } = create;
    public LazyDelegate<Func<IContext, Token, object, object>>? Update { get; } = update;
    public int YieldIndex { get; } = yieldIndex;
}
