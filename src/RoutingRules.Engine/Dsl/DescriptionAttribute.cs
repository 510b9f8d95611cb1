namespace RoutingRules.Engine;

/// <summary>Describes a rule in plain words.</summary>
/// <param name="value">The description.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    /// <summary>The description.</summary>
    public string Value { get; } = value;
}
