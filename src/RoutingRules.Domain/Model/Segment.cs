namespace RoutingRules.Domain.Model;

public enum Segment
{
    Smb,
    MidMarket,
    Enterprise,
}
