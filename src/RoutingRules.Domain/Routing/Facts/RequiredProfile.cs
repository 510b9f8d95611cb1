using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Kinds of rep the deal size and lead score call for (DOMAIN.md §5).</summary>
public enum RequiredProfile
{
    /// <summary>A senior (or director-level) account executive.</summary>
    SeniorAe,

    /// <summary>A mid-level account executive.</summary>
    MidLevelAe,

    /// <summary>Any account executive.</summary>
    StandardAe,

    /// <summary>A junior account executive or an SDR.</summary>
    JuniorAeOrSdr,

    /// <summary>An SDR qualifies first.</summary>
    Sdr,
}
