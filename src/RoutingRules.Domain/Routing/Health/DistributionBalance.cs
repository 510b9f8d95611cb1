using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// A territory and the leads its distribution received in the window, with the conversion rate
/// those leads can be expected to reach: the reps' own conversion rates (reference data), weighted
/// by the leads each received; null when none of them has one.
/// </summary>
public sealed record TerritoryVolume(string TerritoryId, string Name, int Leads, double? ConversionRate = null);

/// <summary>
/// How evenly territory routing spread its leads (DOMAIN.md §7): between the member reps of the
/// territories that received leads (the Gini coefficient of their lead counts, members who
/// received none included) and between those territories (the standard deviation of their volumes
/// over the mean, the busiest over the quietest, and the spread of the conversion rates their leads
/// can be expected to reach).
/// </summary>
public sealed record DistributionBalance(double Gini, int Reps, IReadOnlyList<TerritoryVolume> Territories)
{
    public static readonly DistributionBalance None = new(0, 0, []);

    /// <summary>Standard deviation of the territories' volumes over their mean; 0 for fewer than two territories.</summary>
    public double VolumeSpread
    {
        get
        {
            if (Territories.Count < 2)
            {
                return 0;
            }

            var mean = Territories.Average(t => (double)t.Leads);
            var variance = Territories.Average(t => (t.Leads - mean) * (t.Leads - mean));
            return Math.Sqrt(variance) / mean;
        }
    }

    /// <summary>The busiest territory's volume over the quietest's; 1 for fewer than two territories.</summary>
    public double VolumeRatio => Territories.Count < 2 ? 1 : (double)Territories.Max(t => t.Leads) / Territories.Min(t => t.Leads);

    /// <summary>
    /// The highest territory conversion rate less the lowest, 0..1 (0.2 is 20 points), over the
    /// territories that have one; 0 for fewer than two.
    /// </summary>
    public double ConversionSpread
    {
        get
        {
            var rates = Territories.Where(t => t.ConversionRate is not null).Select(t => t.ConversionRate!.Value).ToList();
            return rates.Count < 2 ? 0 : rates.Max() - rates.Min();
        }
    }

    /// <summary>
    /// From the leads each territory's distribution gave each rep: the population is every member of
    /// a territory that received leads (a member who got none counts as zero), territories without
    /// leads are left out (a parent territory whose children take every lead is not unbalanced).
    /// </summary>
    public static DistributionBalance Of(IReadOnlyDictionary<string, Dictionary<string, int>> leadsByTerritoryAndRep, ReferenceSnapshot snapshot)
    {
        var perRep = new Dictionary<string, int>(StringComparer.Ordinal);
        var volumes = new List<TerritoryVolume>();
        foreach (var (territoryId, byRep) in leadsByTerritoryAndRep)
        {
            var territory = snapshot.GetTerritory(territoryId);
            foreach (var member in territory?.MemberRepIds ?? [])
            {
                perRep.TryAdd(member, 0);
            }

            foreach (var (repId, leads) in byRep)
            {
                perRep[repId] = perRep.GetValueOrDefault(repId) + leads;
            }

            volumes.Add(new TerritoryVolume(territoryId, territory?.Name ?? territoryId, byRep.Values.Sum(), ExpectedConversion(byRep, snapshot)));
        }

        volumes.Sort((a, b) => b.Leads != a.Leads ? b.Leads.CompareTo(a.Leads) : string.CompareOrdinal(a.TerritoryId, b.TerritoryId));
        return new DistributionBalance(GiniOf([.. perRep.Values]), perRep.Count, volumes);
    }

    // The receiving reps' conversion rates weighted by their leads; reps without a rate are left out.
    private static double? ExpectedConversion(Dictionary<string, int> leadsByRep, ReferenceSnapshot snapshot)
    {
        double converted = 0;
        var leads = 0;
        foreach (var (repId, count) in leadsByRep)
        {
            if (snapshot.GetRep(repId)?.Stats?.ConversionRate is { } rate)
            {
                converted += rate * count;
                leads += count;
            }
        }

        return leads == 0 ? null : converted / leads;
    }

    /// <summary>Mean absolute difference between every two values over twice the mean: 0 equal, towards 1 one takes all.</summary>
    public static double GiniOf(IReadOnlyList<int> values)
    {
        if (values.Count == 0 || values.Sum() == 0)
        {
            return 0;
        }

        // Sorted ascending, sum |xi - xj| over all pairs = 2 * sum (2i - n + 1) * x(i), i from 0.
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        double weighted = 0;
        for (var i = 0; i < n; i++)
        {
            weighted += ((2.0 * i) - n + 1) * sorted[i];
        }

        return weighted / ((double)n * sorted.Sum());
    }
}
