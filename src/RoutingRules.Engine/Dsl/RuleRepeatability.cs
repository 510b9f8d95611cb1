namespace RoutingRules.Engine;

/// <summary>Whether a rule fires again for a match that is updated after it fired.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again each time its match is updated (the default).</summary>
    Repeatable = 0,

    /// <summary>The rule fires at most once per match, however often the match is updated.</summary>
    NonRepeatable = 1,
}
