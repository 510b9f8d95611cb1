namespace RoutingRules.Engine.Rete;

/// <summary>The facts passing an alpha path, as seen by the right memories (sources) built on it.</summary>
internal sealed class AlphaMemory
{
    public RightSource[] Sources { get; set; } = [];
}
