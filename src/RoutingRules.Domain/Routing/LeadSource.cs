namespace RoutingRules.Domain.Routing;

/// <summary>Where the lead came from.</summary>
public enum LeadSource
{
    Unknown,
    Referral,
    PaidSearch,
    Organic,
    Event,
    OutboundReply,
    Chat,
    Partner,
    Other,
}
