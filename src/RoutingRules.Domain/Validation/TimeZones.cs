namespace RoutingRules.Domain.Validation;

/// <summary>IANA time-zone id checks; on Linux they resolve from /usr/share/zoneinfo even with InvariantGlobalization.</summary>
public static class TimeZones
{
    public static bool IsValid(string? ianaId) =>
        !string.IsNullOrWhiteSpace(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out _);
}
