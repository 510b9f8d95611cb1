namespace RoutingRules.Engine;

/// <summary>A rule's metadata.</summary>
public interface IRuleDefinition
{
    /// <summary>The unique rule name (the <see cref="NameAttribute"/> or the full type name).</summary>
    string Name { get; }

    /// <summary>The description, empty when none.</summary>
    string Description { get; }

    /// <summary>The tags.</summary>
    IReadOnlyList<string> Tags { get; }

    /// <summary>The salience: higher priority rules fire first.</summary>
    int Priority { get; }

    /// <summary>Whether the rule fires again when its match is updated.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>The rule class.</summary>
    Type RuleType { get; }

    /// <summary>Whether the rule carries the tag (ordinal comparison).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns><see langword="true"/> when tagged.</returns>
    bool IsTagged(string tag);
}
