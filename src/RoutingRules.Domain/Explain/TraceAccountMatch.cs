namespace RoutingRules.Domain.Explain;

/// <summary>
/// An account found for the lead: how (<see cref="Kind"/>: e-mail domain "Domain", website domain
/// "Website", name, alias, fuzzy), the score, and whether a rule accepted it. Traces stored before
/// website matches were told apart say "Domain" for both.
/// </summary>
public sealed record TraceAccountMatch(
    string AccountId, string Name, string Kind, double Score, bool Accepted, string Status, string? OwnerId, string? ParentId)
{
    /// <summary>The lead's value the lookup matched on (the e-mail's or website's domain for a domain match, the company name otherwise).</summary>
    public string? MatchedOn { get; init; }
}
