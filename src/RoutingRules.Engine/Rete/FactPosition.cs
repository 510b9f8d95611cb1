using RoutingRules.Engine.Model;

namespace RoutingRules.Engine.Rete;

/// <summary>Where a variable sits in a terminal token: how many parents up from it.</summary>
internal sealed record FactPosition(Declaration Declaration, int Hops);
