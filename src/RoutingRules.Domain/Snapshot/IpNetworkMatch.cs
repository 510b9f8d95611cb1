using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Snapshot;

/// <summary>An account whose office network (<see cref="Range"/>, as the account lists it) contains an IP address.</summary>
public sealed record IpNetworkMatch(Account Account, string Range, int PrefixLength);
