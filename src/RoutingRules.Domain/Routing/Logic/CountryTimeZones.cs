namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// The time zone a country's address implies, for a lead that gives a country but no time zone
/// (seed 001: detect the lead's zone "from the company's address"): the country's zone when every
/// zone the system's time zone database lists for it keeps the same offset from UTC (France,
/// Germany, Japan...), none when they differ (the United States, Spain with the Canaries).
/// </summary>
public static class CountryTimeZones
{
    /// <summary>The IANA database's country table: country code, coordinates, zone id, comment.</summary>
    private const string ZoneTable = "/usr/share/zoneinfo/zone.tab";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Zones = new(() => Load(ZoneTable));

    /// <summary>The one time zone of <paramref name="countryCode"/> (ISO alpha-2), or null.</summary>
    public static string? Of(string? countryCode) =>
        countryCode is not null && Zones.Value.TryGetValue(countryCode, out var zone) ? zone : null;

    /// <summary>Country code to zone id for the countries whose zones all keep one offset; empty without the table.</summary>
    internal static IReadOnlyDictionary<string, string> Load(string path)
    {
        var byCountry = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 3)
            {
                continue;
            }

            if (!byCountry.TryGetValue(columns[0], out var zones))
            {
                byCountry[columns[0]] = zones = [];
            }

            zones.Add(columns[2]);
        }

        var single = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (country, zones) in byCountry)
        {
            // The first line is the country's main zone ("most of Germany"); the others must not differ
            // from it. Most countries have one line: no zone is loaded for them until a lead needs it.
            if (zones.Count == 1
                || (ZoneClock.Find(zones[0]) is { } main && zones.TrueForAll(z => ZoneClock.Find(z) is { } other && SameOffsets(main, other))))
            {
                single[country] = zones[0];
            }
        }

        return single;
    }

    /// <summary>The same offset in January and in July: the same standard time and the same daylight saving.</summary>
    private static bool SameOffsets(TimeZoneInfo a, TimeZoneInfo b)
    {
        var year = DateTime.UtcNow.Year;
        foreach (var at in (ReadOnlySpan<DateTime>)[new(year, 1, 15, 12, 0, 0, DateTimeKind.Utc), new(year, 7, 15, 12, 0, 0, DateTimeKind.Utc)])
        {
            if (a.GetUtcOffset(at) != b.GetUtcOffset(at))
            {
                return false;
            }
        }

        return true;
    }
}
