using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// An exclusion's figures as the catalogue words them. The trace keeps the values as the rules
/// wrote them (a cool-down as "00:10:00", an instant as "2026-11-24T10:55:17+00:00"), which
/// programs read; people read "10 minutes" and the catalogue's dates in the lead's zone.
/// </summary>
internal static class ExclusionFigures
{
    public static string Actual(RenderContext c, TraceCandidateExclusion x) => x.Rule switch
    {
        "Capacity.CoolDown" or "Capacity.Absence" when DateTimeOffset.TryParse(x.Actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => c.Time(at),
        _ => x.Actual,
    };

    public static string Limit(RenderContext c, TraceCandidateExclusion x) => x.Rule switch
    {
        "Capacity.CoolDown" when TimeSpan.TryParse(x.Limit, CultureInfo.InvariantCulture, out var coolDown) => c.Duration(coolDown),
        _ => x.Limit,
    };
}
