namespace RoutingRules.Engine;

/// <summary>A rule condition threw and no event handler marked the failure handled.</summary>
public sealed class RuleConditionEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expression">The condition's text.</param>
    /// <param name="ruleNames">The rules using the condition.</param>
    /// <param name="innerException">What the condition threw.</param>
    public RuleConditionEvaluationException(string expression, IReadOnlyList<string> ruleNames, Exception innerException)
        : base($"Failed to evaluate condition '{expression}' of rule '{string.Join("', '", ruleNames)}': {innerException.Message}", innerException)
    {
        Expression = expression;
        RuleNames = ruleNames;
    }

    /// <summary>The condition's text.</summary>
    public string Expression { get; }

    /// <summary>The rules using the condition.</summary>
    public IReadOnlyList<string> RuleNames { get; }
}
