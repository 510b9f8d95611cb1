namespace RoutingRules.Domain.Snapshot;

public enum AccountMatchKind
{
    Domain,
    Name,
    Alias,
    Fuzzy,
}
