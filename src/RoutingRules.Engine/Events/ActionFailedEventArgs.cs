namespace RoutingRules.Engine;

/// <summary>An action threw.</summary>
/// <param name="exception">The exception.</param>
/// <param name="expression">The action's text.</param>
/// <param name="match">The match being fired.</param>
public sealed class ActionFailedEventArgs(Exception exception, string expression, IMatch match) : EventArgs
{
    /// <summary>The exception.</summary>
    public Exception Exception { get; } = exception;

    /// <summary>The action's text.</summary>
    public string Expression { get; } = expression;

    /// <summary>The match being fired.</summary>
    public IMatch Match { get; } = match;

    /// <summary>The rule.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>Set to <see langword="true"/> to skip the failed action and continue.</summary>
    public bool IsHandled { get; set; }
}
