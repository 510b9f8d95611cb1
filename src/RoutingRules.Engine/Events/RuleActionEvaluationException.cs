namespace RoutingRules.Engine;

/// <summary>A rule action threw and no event handler marked the failure handled.</summary>
public sealed class RuleActionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expression">The action's text.</param>
    /// <param name="ruleName">The rule.</param>
    /// <param name="innerException">What the action threw.</param>
    public RuleActionEvaluationException(string expression, string ruleName, Exception innerException)
        : base($"Failed to evaluate action '{expression}' of rule '{ruleName}': {innerException.Message}", innerException)
    {
        Expression = expression;
        RuleName = ruleName;
    }

    /// <summary>The action's text.</summary>
    public string Expression { get; }

    /// <summary>The rule.</summary>
    public string RuleName { get; }
}
