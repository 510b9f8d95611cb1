namespace RoutingRules.Domain.Routing.Facts;

/// <summary>How well the lead's company fits the ideal customer profile.</summary>
public enum FitLevel
{
    Weak,
    Strong,
}
