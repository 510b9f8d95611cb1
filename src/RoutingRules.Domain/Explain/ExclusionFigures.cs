using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// An exclusion's figures as the catalogue words them. The trace keeps the values as the rules
/// wrote them (a cool-down as "00:10:00", an instant as "2026-11-24T10:55:17+00:00", a status or
/// a profile as enum names, a time-zone distance as "5.5" hours, languages as codes), which programs
/// read; people read "10 minutes", the catalogue's dates, "in a meeting", "5 hours 30 minutes" and
/// "French, Arabic".
/// </summary>
internal static class ExclusionFigures
{
    public static string Actual(RenderContext c, TraceCandidateExclusion x) => x.Rule switch
    {
        "Capacity.CoolDown" or "Capacity.Absence" when DateTimeOffset.TryParse(x.Actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) => c.Time(at),
        "Capacity.UnavailableStatus" => c.Catalog.Label("status", x.Actual),
        "Capacity.TimeZonePreference" when double.TryParse(x.Actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) => c.Hours(hours),
        "Capacity.RequiredSeniority" => RepProfile(c, x.Actual),
        "Capacity.LanguagePreference" => Languages(c, x.Actual),
        _ => x.Actual,
    };

    public static string Limit(RenderContext c, TraceCandidateExclusion x) => x.Rule switch
    {
        "Capacity.CoolDown" when TimeSpan.TryParse(x.Limit, CultureInfo.InvariantCulture, out var coolDown) => c.Duration(coolDown),
        "Capacity.TimeZonePreference" when double.TryParse(x.Limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) => c.Hours(hours),
        "Capacity.RequiredSeniority" => c.Catalog.Label("requiredProfile", x.Limit),
        "Capacity.LanguagePreference" => Languages(c, x.Limit),
        _ => x.Limit,
    };

    // The rule writes languages as ISO 639-1 codes, a rep's joined by commas ("fr,ar"); a code the
    // catalogue has no name for is shown as written.
    private static string Languages(RenderContext c, string codes) =>
        string.Join(c.Text("list.separator"), codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(code => c.Catalog.Label("language", code.ToLowerInvariant())));

    // The rule writes a rep's profile as the names of its role and seniority ("AccountExecutive Mid");
    // anything else is shown as written.
    private static string RepProfile(RenderContext c, string actual)
    {
        var parts = actual.Split(' ');
        return parts.Length == 2
            ? c.Text("repProfile", ("role", c.Catalog.Label("role", parts[0])), ("seniority", c.Catalog.Label("seniority", parts[1])))
            : actual;
    }
}
