namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// How often each rule fired over the decisions made since <see cref="Since"/> (DOMAIN.md §7, rule
/// match rate): every decision counts, a superseded one too (each routing ran the rules), and a
/// rule counts once per decision however many times it fired in it.
/// </summary>
/// <param name="Since">Start of the window: the one asked for, or later when the trace retention had removed the traces of its oldest decisions.</param>
/// <param name="Decisions">Decisions made in the window.</param>
/// <param name="DecisionsByRule">For each rule that fired, the decisions it fired in.</param>
public sealed record RuleUsage(DateTimeOffset Since, int Decisions, IReadOnlyDictionary<string, int> DecisionsByRule)
{
    /// <summary>The share of the window's decisions <paramref name="rule"/> fired in; 0 without decisions.</summary>
    public double MatchRate(string rule) => Decisions == 0 ? 0 : (double)DecisionsByRule.GetValueOrDefault(rule) / Decisions;
}
