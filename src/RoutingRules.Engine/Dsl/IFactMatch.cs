namespace RoutingRules.Engine;

/// <summary>One variable of a match and the fact bound to it.</summary>
public interface IFactMatch
{
    /// <summary>The variable name (for example <c>lead</c>).</summary>
    string Name { get; }

    /// <summary>The variable type.</summary>
    Type Type { get; }

    /// <summary>The bound fact or value.</summary>
    object? Value { get; }
}
