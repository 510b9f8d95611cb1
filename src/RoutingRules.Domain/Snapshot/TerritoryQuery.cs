namespace RoutingRules.Domain.Snapshot;

/// <summary>The lead attributes territory criteria are matched against; any may be unknown.</summary>
public sealed record TerritoryQuery
{
    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? Department { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? Industry { get; init; }
    public int? EmployeeCount { get; init; }
}
