namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// No territory's criteria accept the lead. Gathered before any rule runs, so a territory that
/// matched and was then dropped (a named-account exception) does not make the lead unmatched.
/// </summary>
public sealed class NoTerritoryMatch(string? country, string? department, string? industry)
{
    public string? Country { get; } = country;
    public string? Department { get; } = department;
    public string? Industry { get; } = industry;

    public override string ToString() => $"no territory matches (country {Country ?? "?"}, department {Department ?? "?"}, industry {Industry ?? "?"})";
}
