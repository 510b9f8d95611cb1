namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// Earlier leads of the lead's corporate domain when no account lists it: previous leads in the
/// reference data plus the live sightings.
/// </summary>
public sealed class UnknownDomainSighting(string domain, int earlierLeads, string? firstOwnerId)
{
    public string Domain { get; } = domain;
    public int EarlierLeads { get; } = earlierLeads;

    /// <summary>The first rep who received one of those leads; null when a queue received them all.</summary>
    public string? FirstOwnerId { get; } = firstOwnerId;

    /// <summary>Leads of the domain counting this one.</summary>
    public int LeadsIncludingThis => EarlierLeads + 1;

    public override string ToString() => $"unknown domain {Domain}: {EarlierLeads} earlier lead(s)";
}
