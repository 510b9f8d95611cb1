using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// The lead attributes territory criteria are matched against; any may be unknown. Each geography
/// value carries its comparison key (<see cref="GeographyKeys"/>), computed when the value is set,
/// so a lead's values are keyed once however many territories it is tested against, and a copy
/// made with <c>with</c> keeps the keys of the values it does not change.
/// </summary>
public sealed record TerritoryQuery
{
    private readonly string? _region;
    private readonly string? _department;
    private readonly string? _city;
    private readonly string? _postalCode;

    public string? Country { get; init; }

    public string? Region
    {
        get => _region;
        init => (_region, RegionKey) = (value, GeographyKeys.Region(value));
    }

    public string? Department
    {
        get => _department;
        init => (_department, DepartmentKey) = (value, GeographyKeys.Department(value));
    }

    public string? City
    {
        get => _city;
        init => (_city, CityKey) = (value, GeographyKeys.City(value));
    }

    public string? PostalCode
    {
        get => _postalCode;
        init => (_postalCode, PostalCodeKey) = (value, GeographyKeys.PostalCode(value));
    }

    public string? Industry { get; init; }
    public int? EmployeeCount { get; init; }

    /// <summary>Annual revenue in EUR: the segment of a company of unknown size when the policy sets revenue bands.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary><see cref="Region"/> as compared; null when unknown or blank.</summary>
    public string? RegionKey { get; private init; }

    /// <summary><see cref="Department"/> as compared; null when unknown or blank.</summary>
    public string? DepartmentKey { get; private init; }

    /// <summary><see cref="City"/> as compared; null when unknown or blank.</summary>
    public string? CityKey { get; private init; }

    /// <summary><see cref="PostalCode"/> as compared; null when unknown or blank.</summary>
    public string? PostalCodeKey { get; private init; }
}
