namespace RoutingRules.Domain.Routing.Manual;

/// <summary>A manual assignment named a rep the reference data does not have.</summary>
public sealed class RepNotFoundException(string repId) : Exception($"No rep '{repId}' in the reference data.")
{
    public string RepId { get; } = repId;
}
