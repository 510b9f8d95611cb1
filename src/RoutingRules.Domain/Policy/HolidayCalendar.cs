using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Policy;

/// <summary>
/// <see cref="TerritoryPolicy.Holidays"/> as one set of dates per country, built once per configured
/// list rather than per lead: working time looks a lead's dates up for every SLA it counts. A
/// country's set holds its own dates and the country-less ones; a lead of a country no holiday
/// names, or of no country, gets the country-less ones. Country codes compare case aside, as
/// <c>CountryTimeZones</c> compares them.
/// </summary>
internal sealed class HolidayCalendar
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Holiday>, HolidayCalendar> Calendars = [];

    private readonly FrozenSet<DateOnly>? _everywhere;
    private readonly Dictionary<string, FrozenSet<DateOnly>> _byCountry;

    private HolidayCalendar(IReadOnlyList<Holiday> holidays)
    {
        var everywhere = new HashSet<DateOnly>();
        var byCountry = new Dictionary<string, HashSet<DateOnly>>(StringComparer.OrdinalIgnoreCase);

        // Entries the validator refuses (a null, a blank code) are skipped: a policy never validated still routes.
        foreach (var holiday in holidays)
        {
            if (holiday?.Countries is not { } countries)
            {
                continue;
            }

            if (countries.Count == 0)
            {
                everywhere.Add(holiday.Date);
            }

            foreach (var country in countries)
            {
                if (!string.IsNullOrWhiteSpace(country))
                {
                    if (!byCountry.TryGetValue(country, out var dates))
                    {
                        byCountry[country] = dates = [];
                    }

                    dates.Add(holiday.Date);
                }
            }
        }

        _everywhere = everywhere.Count == 0 ? null : everywhere.ToFrozenSet();
        _byCountry = new Dictionary<string, FrozenSet<DateOnly>>(byCountry.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (country, dates) in byCountry)
        {
            dates.UnionWith(everywhere);
            _byCountry[country] = dates.ToFrozenSet();
        }
    }

    /// <summary>The calendar of <paramref name="holidays"/>, built on first use.</summary>
    public static HolidayCalendar For(IReadOnlyList<Holiday> holidays) => Calendars.GetValue(holidays, static h => new HolidayCalendar(h));

    /// <summary>The dates nobody works for a lead of <paramref name="country"/>; null when there are none.</summary>
    public FrozenSet<DateOnly>? Of(string? country) =>
        country is not null && _byCountry.TryGetValue(country, out var dates) ? dates : _everywhere;

    /// <summary>Every distinct set of dates a lead can get, with the country it is for (null: the country-less dates).</summary>
    public IEnumerable<(string? Country, FrozenSet<DateOnly> Dates)> Sets()
    {
        if (_everywhere is not null)
        {
            yield return (null, _everywhere);
        }

        foreach (var (country, dates) in _byCountry)
        {
            yield return (country, dates);
        }
    }
}
