namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Intent grouped from the lead's signals (DOMAIN.md §5).</summary>
public enum IntentLevel
{
    Low,
    Medium,
    High,
}
