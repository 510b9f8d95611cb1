namespace RoutingRules.Engine;

/// <summary>An agenda change or a rule firing.</summary>
/// <param name="match">The match.</param>
public sealed class AgendaEventArgs(IMatch match) : EventArgs
{
    /// <summary>The match (rule and facts).</summary>
    public IMatch Match { get; } = match;

    /// <summary>The rule.</summary>
    public IRuleDefinition Rule => Match.Rule;
}
