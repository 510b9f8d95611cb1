using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing;

/// <summary>Everything a routing evaluation reads besides the lead.</summary>
public sealed record RoutingContext(ReferenceSnapshot Snapshot, ILiveState Live, DateTimeOffset Now);
