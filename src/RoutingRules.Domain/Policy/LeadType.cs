namespace RoutingRules.Domain.Policy;

/// <summary>Lead types that carry their own SLA.</summary>
public enum LeadType
{
    DemoRequest,
    HighIntentMql,
    Event,
    ContentDownload,
}
