namespace RoutingRules.Engine;

/// <summary>Tags a rule; a rule may carry several tags.</summary>
/// <param name="value">The tag.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute(string value) : Attribute
{
    /// <summary>The tag.</summary>
    public string Value { get; } = value;
}
