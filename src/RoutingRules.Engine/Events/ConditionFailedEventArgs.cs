namespace RoutingRules.Engine;

/// <summary>A condition threw while being evaluated.</summary>
/// <param name="exception">The exception.</param>
/// <param name="expression">The condition's text.</param>
/// <param name="rules">The rules using the condition.</param>
/// <param name="fact">The fact being tested, when there is one.</param>
public sealed class ConditionFailedEventArgs(Exception exception, string expression, IReadOnlyList<IRuleDefinition> rules, object? fact)
    : EventArgs
{
    /// <summary>The exception.</summary>
    public Exception Exception { get; } = exception;

    /// <summary>The condition's text.</summary>
    public string Expression { get; } = expression;

    /// <summary>The rules using the condition (conditions are shared between rules).</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; } = rules;

    /// <summary>The fact being tested, when there is one.</summary>
    public object? Fact { get; } = fact;

    /// <summary>Set to <see langword="true"/> to treat the condition as false instead of throwing.</summary>
    public bool IsHandled { get; set; }
}
