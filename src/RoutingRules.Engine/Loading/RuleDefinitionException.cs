namespace RoutingRules.Engine;

/// <summary>A rule cannot be loaded or compiled; the message names the rule and the problem.</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public RuleDefinitionException(string ruleName, string problem, Exception? innerException = null)
        : base($"Rule '{ruleName}': {problem}", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The rule.</summary>
    public string RuleName { get; }
}
