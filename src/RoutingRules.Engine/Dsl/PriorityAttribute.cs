namespace RoutingRules.Engine;

/// <summary>Sets a rule's salience: among pending activations, higher priority fires first (default 0).</summary>
/// <param name="value">The priority.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PriorityAttribute(int value) : Attribute
{
    /// <summary>The priority.</summary>
    public int Value { get; } = value;
}
