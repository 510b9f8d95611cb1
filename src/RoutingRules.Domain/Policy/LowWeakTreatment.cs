namespace RoutingRules.Domain.Policy;

/// <summary>What happens to low-intent, weak-fit leads.</summary>
public enum LowWeakTreatment
{
    Nurture,
    Disqualify,
}
