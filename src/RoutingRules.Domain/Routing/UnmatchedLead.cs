namespace RoutingRules.Domain.Routing;

/// <summary>
/// What a decision keeps of a lead no territory matched (<see cref="RoutingFlags.NoTerritoryMatch"/>):
/// why (<see cref="UnmatchedReason"/>) and the lead's country and primary industry as routing worked
/// with them, so the routing health can say why leads went unmatched and from which countries and
/// industries. A decision whose lead matched holds none: it pays one null reference, never the texts.
/// </summary>
/// <remarks>
/// Instances are shared: <see cref="Of"/> gives one instance per reason, country and industry, so the
/// unmatched decisions of one country and industry hold one object and one copy of each text between
/// them, in memory for as long as they stay in force. Countries are a few hundred codes, but an industry
/// is whatever text the lead gave: past <see cref="MaxShared"/> values a new one is no longer kept for
/// sharing, so nobody can grow the shared set without bound.
/// </remarks>
public sealed record UnmatchedLead
{
    /// <summary>How many distinct values are kept for sharing; the values past it are still returned, unshared.</summary>
    public const int MaxShared = 4096;

    private static readonly SharingPool<(UnmatchedReason Reason, string? Country, string? Industry), UnmatchedLead> Shared = new(MaxShared);

    private UnmatchedLead(UnmatchedReason reason, string? country, string? industry) =>
        (Reason, Country, Industry) = (reason, country, industry);

    public UnmatchedReason Reason { get; }

    /// <summary>The lead's country as routed (completed from its account when that filled it); null when it gave none.</summary>
    public string? Country { get; }

    /// <summary>The lead's primary industry as routed; null when it gave none.</summary>
    public string? Industry { get; }

    /// <summary>The shared instance for these values (a blank text is none).</summary>
    public static UnmatchedLead Of(UnmatchedReason reason, string? country, string? industry) =>
        Shared.Share((reason, Text(country), Text(industry)), static key => new UnmatchedLead(key.Reason, key.Country, key.Industry));

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
