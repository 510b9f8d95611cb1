namespace RoutingRules.Domain.Model;

public enum RepStatus
{
    Available,
    InMeeting,
    Away,
}
