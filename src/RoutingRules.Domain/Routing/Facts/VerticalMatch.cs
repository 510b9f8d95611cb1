namespace RoutingRules.Domain.Routing.Facts;

/// <summary>How a territory's industries matched the lead: primary industry first, secondary as fallback.</summary>
public enum VerticalMatch
{
    None,
    Secondary,
    Primary,
}
