namespace RoutingRules.Domain.Explain;

/// <summary>An account found for the lead: how (domain, name, alias, fuzzy), the score, and whether a rule accepted it.</summary>
public sealed record TraceAccountMatch(
    string AccountId, string Name, string Kind, double Score, bool Accepted, string Status, string? OwnerId, string? ParentId)
{
    /// <summary>The value the lookup matched on (the domain for a domain match, the company name otherwise).</summary>
    public string? MatchedOn { get; init; }
}
