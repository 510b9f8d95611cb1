namespace RoutingRules.Domain.Routing.Facts;

/// <summary>The most specific geographic criterion a territory matched on; higher is more specific.</summary>
public enum GeographyLevel
{
    None,
    Country,
    Region,
    Department,
    City,
    PostalCode,
}
