namespace RoutingRules.Domain.Explain;

/// <summary>
/// One rule firing: its position, the rule, and the facts it matched and its action inserted, as
/// positions in <see cref="TraceDetails.Facts"/> (a fact several firings share is stored once).
/// </summary>
public sealed record TraceFiring(int Order, string Rule, IReadOnlyList<int> Matched, IReadOnlyList<int> Inserted);
