namespace RoutingRules.Domain.Policy;

/// <summary>
/// A public holiday (<see cref="TerritoryPolicy.Holidays"/>): a local date, in the zone the lead's
/// working hours count in, on which nobody works; for every lead, or for the leads of the
/// <see cref="Countries"/> listed.
/// </summary>
public sealed record Holiday
{
    public DateOnly Date { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the leads' countries it applies to; empty: every lead, whatever its country.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
}
