namespace RoutingRules.Domain.Routing.Manual;

/// <summary>
/// The rep named by a manual assignment cannot take the lead (<see cref="ManualAssigner.Refusal"/>
/// says why: departed, absent, at the open-leads cap); nothing was changed.
/// </summary>
public sealed class ManualAssignmentRefusedException(string leadId, string repId, string repName, string why)
    : Exception($"Lead '{leadId}' cannot be assigned to {repName} ({repId}): {why}.")
{
    public string LeadId { get; } = leadId;
    public string RepId { get; } = repId;
}
