namespace RoutingRules.Engine.Rete;

/// <summary>A delegate compiled on first use, seen without its signature (to compile it ahead of time).</summary>
internal interface ILazyDelegate
{
    bool IsCompiled { get; }

    void Prepare();
}
