namespace RoutingRules.Domain.Model;

/// <summary>
/// A level of a territory's geography (DOMAIN.md §4: country > region > department/state > city >
/// postal code prefix); higher is more specific. A territory matches a lead at the most specific
/// level both give (<see cref="Snapshot.TerritoryMatcher.MatchedLevel"/>).
/// </summary>
public enum GeographyLevel
{
    None,
    Country,
    Region,
    Department,
    City,
    PostalCode,
}
