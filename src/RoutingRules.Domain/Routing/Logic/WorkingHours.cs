using System.Collections.Frozen;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// The working week an SLA in business hours counts in: weekdays but <see cref="Holidays"/> (local
/// dates; null: none) from <see cref="Opens"/> to <see cref="Closes"/>, local time in a zone.
/// </summary>
public readonly record struct WorkingHours(TimeZoneInfo Zone, TimeSpan Opens, TimeSpan Closes, FrozenSet<DateOnly>? Holidays = null)
{
    public string ZoneId => Zone.Id;

    /// <summary>
    /// The policy's working day where the lead is, so that it is reached while at work: in the
    /// lead's time zone; else its country's, when the country keeps one time
    /// (<see cref="CountryTimeZones"/>); else the SLA policy's default zone. The lead's holidays are
    /// the policy's country-less ones and its country's (<see cref="TerritoryPolicy.HolidaysFor"/>).
    /// </summary>
    /// <remarks>The zone and the holidays are looked up once here, not at each of the sums an SLA makes.</remarks>
    public static WorkingHours For(RoutingPolicy policy, string? leadTimeZone, string? leadCountry) => new(
        ZoneClock.Find(leadTimeZone) ?? ZoneClock.Find(CountryTimeZones.Of(leadCountry)) ?? ZoneClock.Find(policy.Sla.DefaultTimeZone) ?? TimeZoneInfo.Utc,
        policy.Territories.BusinessHoursStart,
        policy.Territories.BusinessHoursEnd,
        policy.Territories.HolidaysFor(leadCountry));

    /// <summary><paramref name="start"/> plus <paramref name="duration"/> counted in these hours only.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration) => ZoneClock.AddBusinessTime(start, duration, Zone, Opens, Closes, Holidays);

    /// <summary>The next instant inside these hours; <paramref name="at"/> when already inside.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset at) => ZoneClock.NextBusinessHours(at, Zone, Opens, Closes, Holidays);

    /// <summary><paramref name="start"/> plus <paramref name="duration"/> in business days: weekdays but holidays in this zone, from the next opening (<see cref="ZoneClock.AddBusinessDays"/>).</summary>
    public DateTimeOffset AddDays(DateTimeOffset start, TimeSpan duration) => ZoneClock.AddBusinessDays(start, duration, Zone, Opens, Closes, Holidays);
}
