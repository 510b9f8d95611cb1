using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// An exclusion's limit as the catalogue words it. The trace keeps the values as the rule wrote
/// them (a cool-down as "00:10:00"), which programs read; people read "10 minutes".
/// </summary>
internal static class ExclusionFigures
{
    public static string Limit(RenderContext c, TraceCandidateExclusion x) => x.Rule switch
    {
        "Capacity.CoolDown" when TimeSpan.TryParse(x.Limit, CultureInfo.InvariantCulture, out var coolDown) => c.Duration(coolDown),
        _ => x.Limit,
    };
}
