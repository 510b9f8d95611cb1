namespace RoutingRules.Engine.Rete;

/// <summary>
/// The first item of an intrusive memory list, in a struct: an array of these hands out a
/// reference to an element without the covariance check an array of <see cref="MemoryItem"/> costs.
/// </summary>
internal struct MemoryHead
{
    public MemoryItem? First;
}
