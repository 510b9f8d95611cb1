namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// The <see cref="SeniorityRequirement"/> that applied, which no eligible member of the chosen
/// territory meets: the lead goes to one who does not, and its explanation says why.
/// </summary>
public sealed class UnmetRequirement(SeniorityRequirement requirement)
{
    public SeniorityRequirement Requirement { get; } = requirement;

    public override string ToString() => $"no eligible member is {Requirement.Profile}";
}
