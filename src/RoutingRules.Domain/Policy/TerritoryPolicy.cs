using System.Collections.Frozen;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Policy;

/// <summary>Territory matching settings (DOMAIN.md §4).</summary>
public sealed record TerritoryPolicy
{
    public int EnterpriseMinEmployees { get; init; } = 500;
    public int MidMarketMinEmployees { get; init; } = 50;
    public Segment DefaultSegment { get; init; } = Segment.MidMarket;

    /// <summary>
    /// Annual revenue (EUR) from which a company is enterprise, for a lead whose employee count is
    /// unknown (DOMAIN.md §4 bands companies by size; the seed articles by employee count or revenue
    /// band). Revenue bands apply only when this and <see cref="MidMarketMinRevenue"/> are both set;
    /// unset by default, and such a lead is then the <see cref="DefaultSegment"/>.
    /// </summary>
    public decimal? EnterpriseMinRevenue { get; init; }

    /// <summary>Annual revenue (EUR) from which a company is mid-market; see <see cref="EnterpriseMinRevenue"/>.</summary>
    public decimal? MidMarketMinRevenue { get; init; }

    public OverlapResolution OverlapResolution { get; init; } = OverlapResolution.DimensionPriority;

    public IReadOnlyList<RoutingDimension> DimensionPriority { get; init; } =
        [RoutingDimension.Vertical, RoutingDimension.Geography, RoutingDimension.Segment];

    /// <summary>Lead and rep zones this close are acceptable.</summary>
    public TimeSpan TimeZoneAcceptableOffset { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Beyond this offset a closer backup rep is preferred, else "delayed follow-up".</summary>
    public TimeSpan TimeZoneBackupOffset { get; init; } = TimeSpan.FromHours(3);

    /// <summary>
    /// The working day, Monday to Friday but <see cref="Holidays"/>, in the lead's time zone: a
    /// far-away rep's "delayed follow-up" flag names the next time inside it to contact the lead,
    /// and an SLA in working hours counts only it. End exclusive.
    /// </summary>
    public TimeSpan BusinessHoursStart { get; init; } = TimeSpan.FromHours(9);

    public TimeSpan BusinessHoursEnd { get; init; } = TimeSpan.FromHours(18);

    /// <summary>
    /// Public holidays: dates on which nobody works, local in the lead's zone, for every lead or for
    /// the leads of the countries each lists. Working time skips them as it skips weekends (SLAs in
    /// working hours and in business days, the next contact time of a delayed follow-up). Empty by default.
    /// </summary>
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    /// <summary>
    /// The holidays of a lead of <paramref name="country"/>: the country-less ones and its country's;
    /// null when there are none. Built once per list; with none configured, costs a count.
    /// </summary>
    public FrozenSet<DateOnly>? HolidaysFor(string? country) =>
        Holidays is not { Count: > 0 } ? null : HolidayCalendar.For(Holidays).Of(country);

    public string DefaultLanguage { get; init; } = "en";

    /// <summary>
    /// Where a lead that no territory matches goes instead of the default pool: the nearest
    /// territory of its area, keyed by department, region or country code (the most specific the
    /// lead gives wins), e.g. overseas departments to a mainland territory. Empty by default.
    /// Areas compare as territory geography does (<see cref="NearestTerritoryAreas"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> NearestTerritories { get; init; } = new Dictionary<string, string>();

    /// <summary>The configured nearest territory for a lead's area, most specific code first, or null; the area as the lead gave it.</summary>
    public (string Area, string TerritoryId)? NearestTerritoryFor(string? department, string? region, string? country)
    {
        if (NearestTerritories.Count == 0)
        {
            return null;
        }

        var areas = NearestTerritoryAreas.For(NearestTerritories);
        foreach (var area in (ReadOnlySpan<string?>)[department, region, country])
        {
            if (NearestTerritoryAreas.Key(area) is { } key && areas.TryGetValue(key, out var territoryId))
            {
                return (area!, territoryId);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a lead that matched an account with certainty (any accepted match; a similar name
    /// left for manual review is none) takes from it the employee count, primary industry and
    /// country it lacks before its segment, fit and territories are worked out: an e-mail-only lead
    /// of a known 2,000-employee healthcare account routes as one. The lead's own values always win.
    /// </summary>
    public bool FillFromMatchedAccount { get; init; } = true;

    /// <summary>Unmatched-territory share above which the design needs rework.</summary>
    public double UnmatchedShareAlert { get; init; } = 0.10;

    /// <summary>The segment of a company of this size and revenue: <see cref="Classify"/>'s segment.</summary>
    public Segment SegmentFor(int? employeeCount, decimal? annualRevenue) => Classify(employeeCount, annualRevenue).Segment;

    /// <summary>
    /// A company's segment and what it was worked out from: its employee count in the employee bands;
    /// else, when the policy sets both revenue bands, its annual revenue in them (0 is a known revenue:
    /// SMB); else the <see cref="DefaultSegment"/>. Read for every lead and every territory that names
    /// a segment: a lead giving its size compares two integers and allocates nothing.
    /// </summary>
    public (Segment Segment, SegmentSource From) Classify(int? employeeCount, decimal? annualRevenue)
    {
        if (employeeCount is { } n)
        {
            return (Band(n, EnterpriseMinEmployees, MidMarketMinEmployees), SegmentSource.EmployeeCount);
        }

        // Both or neither: the validator refuses one alone, and a policy built in code with one alone uses none.
        if (annualRevenue is { } revenue && EnterpriseMinRevenue is { } enterprise && MidMarketMinRevenue is { } midMarket)
        {
            return (Band(revenue, enterprise, midMarket), SegmentSource.AnnualRevenue);
        }

        return (DefaultSegment, SegmentSource.DefaultSegment);
    }

    private static Segment Band<T>(T value, T enterpriseMin, T midMarketMin)
        where T : System.Numerics.INumber<T> =>
        value >= enterpriseMin ? Segment.Enterprise : value >= midMarketMin ? Segment.MidMarket : Segment.Smb;
}
