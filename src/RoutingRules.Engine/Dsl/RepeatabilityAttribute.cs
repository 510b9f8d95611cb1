namespace RoutingRules.Engine;

/// <summary>Sets whether a rule fires again when its match is updated.</summary>
/// <param name="value">The repeatability.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RepeatabilityAttribute(RuleRepeatability value) : Attribute
{
    /// <summary>The repeatability.</summary>
    public RuleRepeatability Value { get; } = value;
}
