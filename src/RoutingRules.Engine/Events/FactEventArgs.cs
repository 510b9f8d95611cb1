namespace RoutingRules.Engine;

/// <summary>A working-memory change.</summary>
/// <param name="fact">The fact.</param>
public sealed class FactEventArgs(object fact) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;
}
