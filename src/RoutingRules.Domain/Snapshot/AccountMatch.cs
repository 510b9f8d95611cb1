using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Snapshot;

/// <summary>An account found for a lead, how it was found, and on which value (domain or name).</summary>
public sealed record AccountMatch(Account Account, AccountMatchKind Kind, double Score, string MatchedOn);
