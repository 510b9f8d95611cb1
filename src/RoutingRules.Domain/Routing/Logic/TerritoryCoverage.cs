using System.Runtime.CompilerServices;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>
/// Why no territory matched a lead (<see cref="UnmatchedReason"/>), asked only once routing found
/// none (<see cref="TerritoryGathering"/>): a lead that matched never gets here, nor builds this.
/// Works on <see cref="TerritoryMatcher"/>'s own dimensions, over the territories routing tests
/// (default pools and escalation queues aside), in this order:
/// <list type="number">
/// <item>Geography, when some territory constrains it: if none of those takes the lead's place,
/// the lead has no country (<see cref="UnmatchedReason.MissingData"/>), or no territory lists its
/// country (<see cref="UnmatchedReason.UncoveredCountry"/>), or it gives no place below its country
/// (<see cref="UnmatchedReason.MissingData"/>), or the place it gives is not one they take
/// (<see cref="UnmatchedReason.UncoveredArea"/>). A territory without geography (a pure vertical)
/// does not make a place covered: a lead whose place no territory lists is a new geography
/// whatever its industry.</item>
/// <item>Industry, over the territories that take the lead's place and those without geography:
/// if none takes its primary industry (or, for a vertical, one of its secondary ones), it gives
/// none (<see cref="UnmatchedReason.MissingData"/>) or a new one (<see cref="UnmatchedReason.UncoveredIndustry"/>).</item>
/// <item>Otherwise some territory takes its place and industry but not its size
/// (<see cref="UnmatchedReason.UncoveredSegment"/>): the lead matched none, so each of those refused
/// the only dimension left.</item>
/// </list>
/// Territories are indexed by the countries they list, so the question costs a lookup and a test of
/// the territories of the lead's country (plus those that list no country), not a scan of them all.
/// Built once per territory list, at its first unmatched lead, and shared by every snapshot that
/// reuses the list.
/// </summary>
public sealed class TerritoryCoverage
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Territory>, TerritoryCoverage> Cache = [];

    private readonly Dictionary<string, List<Candidate>> _byCountry = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Candidate> _withoutCountry = [];
    private readonly List<Candidate> _withoutGeography = [];

    private TerritoryCoverage(IReadOnlyList<Territory> territories)
    {
        foreach (var t in territories)
        {
            if (t.IsDefaultPool || t.IsEscalationQueue)
            {
                continue;
            }

            var c = t.Criteria;
            var candidate = new Candidate(c, TerritoryGeography.Of(c));
            if (!c.HasGeography)
            {
                _withoutGeography.Add(candidate);
            }
            else if (c.Countries.Count == 0)
            {
                // Places below a country without one (a region only): any country's lead may be there.
                _withoutCountry.Add(candidate);
            }
            else
            {
                foreach (var country in c.Countries)
                {
                    if (!_byCountry.TryGetValue(country, out var list))
                    {
                        _byCountry.Add(country, list = []);
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1].Criteria, c))
                    {
                        list.Add(candidate);
                    }
                }
            }
        }
    }

    public static TerritoryCoverage For(ReferenceSnapshot snapshot) =>
        Cache.GetValue(snapshot.Territories, static list => new TerritoryCoverage(list));

    /// <summary>
    /// Why no territory took the lead of <paramref name="query"/> (with its <paramref name="secondaryIndustries"/>,
    /// which routing tries on the verticals). Meaningful only for a lead no territory matched: for one
    /// that matched, it says which dimension would have refused it had the others, which is none.
    /// </summary>
    public UnmatchedReason Classify(TerritoryQuery query, IReadOnlyList<string> secondaryIndustries)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(secondaryIndustries);
        var country = string.IsNullOrWhiteSpace(query.Country) ? null : query.Country;
        List<Candidate>? ofCountry = null;
        var (place, placeAndIndustry) = (false, false);
        if (country is not null && _byCountry.TryGetValue(country, out ofCountry))
        {
            Test(ofCountry, query, secondaryIndustries, ref place, ref placeAndIndustry);
        }

        Test(_withoutCountry, query, secondaryIndustries, ref place, ref placeAndIndustry);
        var geographic = _byCountry.Count > 0 || _withoutCountry.Count > 0;

        // With no territory at all, no place is covered either.
        if (!place && (geographic || _withoutGeography.Count == 0))
        {
            return country is null ? UnmatchedReason.MissingData
                : ofCountry is null ? UnmatchedReason.UncoveredCountry
                : HasPlace(query) ? UnmatchedReason.UncoveredArea
                : UnmatchedReason.MissingData;
        }

        if (!placeAndIndustry)
        {
            foreach (var t in _withoutGeography)
            {
                if (TakesIndustry(t.Criteria, query.Industry, secondaryIndustries))
                {
                    placeAndIndustry = true;
                    break;
                }
            }
        }

        if (!placeAndIndustry)
        {
            return HasIndustry(query.Industry, secondaryIndustries) ? UnmatchedReason.UncoveredIndustry : UnmatchedReason.MissingData;
        }

        return UnmatchedReason.UncoveredSegment;
    }

    private static void Test(List<Candidate> territories, TerritoryQuery query, IReadOnlyList<string> secondary, ref bool place, ref bool placeAndIndustry)
    {
        foreach (var t in territories)
        {
            if (!TerritoryMatcher.GeographyMatches(t.Criteria, t.Geography, query))
            {
                continue;
            }

            place = true;
            if (TakesIndustry(t.Criteria, query.Industry, secondary))
            {
                placeAndIndustry = true;
                return;
            }
        }
    }

    // As routing tries them: the primary industry on every territory, the secondary ones on verticals only.
    private static bool TakesIndustry(TerritoryCriteria c, string? industry, IReadOnlyList<string> secondary)
    {
        if (TerritoryMatcher.IndustryMatches(c, industry))
        {
            return true;
        }

        for (var i = 0; i < secondary.Count; i++)
        {
            if (c.HasVertical && TerritoryMatcher.IndustryMatches(c, secondary[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPlace(TerritoryQuery q) =>
        q.RegionKey is not null || q.DepartmentKey is not null || q.CityKey is not null || q.PostalCodeKey is not null;

    private static bool HasIndustry(string? industry, IReadOnlyList<string> secondary)
    {
        if (!string.IsNullOrWhiteSpace(industry))
        {
            return true;
        }

        for (var i = 0; i < secondary.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(secondary[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A territory's criteria with their geography keys.</summary>
    private readonly record struct Candidate(TerritoryCriteria Criteria, TerritoryGeography Geography);
}
