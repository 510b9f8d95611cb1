namespace RoutingRules.Engine;

/// <summary>Overrides a rule's name (by default its full type name).</summary>
/// <param name="value">The rule name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NameAttribute(string value) : Attribute
{
    /// <summary>The rule name.</summary>
    public string Value { get; } = value;
}
