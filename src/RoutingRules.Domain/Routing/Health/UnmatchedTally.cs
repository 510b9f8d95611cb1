using System.Runtime.InteropServices;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// Counts why leads matched no territory in <see cref="RoutingHealthMeter"/>'s pass over the window's
/// decisions in force, one <see cref="Count"/> per decision flagged <see cref="RoutingFlags.NoTerritoryMatch"/>
/// (the same decisions as the unmatched figure): by the reason the decision kept
/// (<see cref="RoutingDecision.Unmatched"/>; none, for a decision stored before reasons, counts as
/// <see cref="UnmatchedReason.Unknown"/>), by country for the countries no territory lists, and by
/// industry for every unmatched decision that kept one. A reason is a slot of an array, a country or an
/// industry an entry of a dictionary updated in place: a decision adds at most three updates and no
/// allocation once its values' entries exist, and a matched decision costs the meter its flag test only;
/// memory follows the number of countries and industries, not of decisions.
/// </summary>
internal sealed class UnmatchedTally
{
    private static readonly int Reasons = Enum.GetValues<UnmatchedReason>().Length;

    private readonly int[] _byReason = new int[Reasons];
    private readonly Dictionary<string, Tally> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Tally> _industries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts <paramref name="decision"/>, unmatched and in force, made in the window.</summary>
    public void Count(RoutingDecision decision)
    {
        var unmatched = decision.Unmatched;
        var reason = unmatched?.Reason ?? UnmatchedReason.Unknown;
        // A reason a later build stored, read by this one: not one it can name.
        _byReason[(uint)reason < (uint)Reasons ? (int)reason : 0]++;
        if (unmatched is null)
        {
            return;
        }

        if (reason == UnmatchedReason.UncoveredCountry && unmatched.Country is { } country)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_countries, country, out _).Add(uncovered: true);
        }

        if (unmatched.Industry is { } industry)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_industries, industry, out _).Add(reason == UnmatchedReason.UncoveredIndustry);
        }
    }

    public UnmatchedBreakdown Result()
    {
        var byReason = new List<UnmatchedReasonCount>();
        for (var i = 0; i < _byReason.Length; i++)
        {
            if (_byReason[i] > 0)
            {
                byReason.Add(new UnmatchedReasonCount((UnmatchedReason)i, _byReason[i]));
            }
        }

        return new UnmatchedBreakdown
        {
            // A stable sort: ties stay in the reasons' order.
            ByReason = [.. byReason.OrderByDescending(r => r.Count)],
            UncoveredCountries = MostFirst(_countries),
            UncoveredCountryCount = _countries.Count,
            Industries = MostFirst(_industries),
            IndustryCount = _industries.Count,
        };
    }

    private static List<UnmatchedValueCount> MostFirst(Dictionary<string, Tally> values) =>
        [.. values
            .OrderByDescending(v => v.Value.Unmatched)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Take(UnmatchedBreakdown.MaxRows)
            .Select(v => new UnmatchedValueCount(v.Key, v.Value.Unmatched, v.Value.Uncovered))];

    private struct Tally
    {
        public int Unmatched;
        public int Uncovered;

        public void Add(bool uncovered)
        {
            Unmatched++;
            Uncovered += uncovered ? 1 : 0;
        }
    }
}
