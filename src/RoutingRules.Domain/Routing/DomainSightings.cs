namespace RoutingRules.Domain.Routing;

/// <summary>How many leads came from an unknown corporate domain, and who got the first one.</summary>
public sealed record DomainSightings(string Domain, int LeadCount, string? FirstOwnerRepId);
