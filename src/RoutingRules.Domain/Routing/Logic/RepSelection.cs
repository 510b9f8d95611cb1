using System.Globalization;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>The distribution strategies of DOMAIN.md §6: each picks one eligible candidate, deterministically.</summary>
public static class RepSelection
{
    public static DistributionChoice Single(ChosenTerritory territory, IEnumerable<EligibleCandidate> eligible)
    {
        var chosen = eligible.OrderBy(e => e.Candidate.MemberIndex).ThenBy(e => e.RepId, StringComparer.Ordinal).First();
        return new DistributionChoice(chosen.Candidate, DistributionStrategy.Single, $"first available member: {chosen.RepId}", null);
    }

    /// <summary>Exact rotation: the first eligible member at or after the persisted cursor; the cursor moves past it.</summary>
    public static DistributionChoice RoundRobin(ChosenTerritory territory, IEnumerable<EligibleCandidate> eligible)
    {
        var members = territory.Territory.MemberRepIds;
        var candidates = eligible as IReadOnlyList<EligibleCandidate> ?? eligible.ToList();
        var cursor = territory.Match.Cursor;
        for (var step = 0; step < members.Count; step++)
        {
            var index = (int)((cursor + step) % members.Count);
            if (AtIndex(candidates, index) is { } chosen)
            {
                var next = cursor + step + 1;
                var repId = chosen.RepId;
                return new DistributionChoice(chosen.Candidate, DistributionStrategy.RoundRobin,
                    () => $"cursor {cursor} -> member #{index} {repId}, next cursor {next}", new TerritoryCursor(territory.Id, next));
            }
        }

        return Single(territory, eligible);
    }

    /// <summary>Allocation proportional to weight: the rep with the fewest leads today per unit of weight.</summary>
    public static DistributionChoice Weighted(IEnumerable<EligibleCandidate> eligible, IEnumerable<WeightAdjustment> adjustments)
    {
        var factors = adjustments.GroupBy(a => a.RepId).ToDictionary(g => g.Key, g => g.Aggregate(1.0, (f, a) => f * a.Factor));
        var rows = eligible.Select(e =>
        {
            var weight = Math.Max(0.01, e.Profile.Rep.PerformanceWeight * factors.GetValueOrDefault(e.RepId, 1.0));
            return (e, weight, load: (e.Profile.Workload.AssignedToday + 1) / weight);
        }).OrderBy(r => r.load).ThenByDescending(r => r.weight).ThenBy(r => r.e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].e.Candidate, DistributionStrategy.Weighted,
            () => Join(rows.Select(r => $"{r.e.RepId}: weight {F(r.weight)}, today+1/weight {F(r.load)}")), null);
    }

    /// <summary>Lowest workload score wins.</summary>
    public static DistributionChoice LoadBalanced(IEnumerable<EligibleCandidate> eligible, WorkloadWeights weights)
    {
        var rows = eligible.Select(e => (e, score: e.Profile.WorkloadScore(weights)))
            .OrderBy(r => r.score).ThenBy(r => r.e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].e.Candidate, DistributionStrategy.LoadBalanced,
            () => Join(rows.Select(r => $"{r.e.RepId}: workload {F(r.score)}")), null);
    }

    /// <summary>Highest multi-criteria rep score wins.</summary>
    public static DistributionChoice RepScore(IEnumerable<EligibleCandidate> eligible, LeadProfile lead, RoutingPolicy policy)
    {
        var rows = eligible.Select(e => (e, score: Score(e.Profile, lead, policy)))
            .OrderByDescending(r => r.score).ThenBy(r => r.e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].e.Candidate, DistributionStrategy.RepScore,
            () => Join(rows.Select(r => $"{r.e.RepId}: score {F(r.score)}")), null);
    }

    /// <summary>The territory's top performer (referral leads without a referrer account).</summary>
    public static DistributionChoice TopPerformer(IEnumerable<EligibleCandidate> eligible)
    {
        var rows = eligible.OrderByDescending(e => e.Profile.Rep.PerformanceWeight)
            .ThenByDescending(e => e.Profile.Rep.Stats?.ConversionRate ?? 0)
            .ThenBy(e => e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].Candidate, DistributionStrategy.Weighted,
            () => "referral to the top performer: " + Join(rows.Select(e => $"{e.RepId}: weight {F(e.Profile.Rep.PerformanceWeight)}")), null);
    }

    /// <summary>
    /// Geography x10 + industry experience x8 + capacity x6 + response time x5 + conversion x7 +
    /// source performance x4 (weights from the policy); each criterion scaled to 0..1.
    /// </summary>
    public static double Score(RepProfile rep, LeadProfile lead, RoutingPolicy policy)
    {
        var w = policy.Capacity.RepScoreWeights;
        var geography = rep.HoursFromLead <= policy.Territories.TimeZoneAcceptableOffset.TotalHours ? 1.0 : 0.0;
        var industry = rep.KnowsIndustry(lead.Lead.Industry) ? 1.0 : 0.0;
        var capacity = Math.Clamp(1.0 - ((double)rep.Workload.OpenLeads / Math.Max(1, rep.OpenLeadsCap(policy.Capacity))), 0, 1);
        var response = rep.Rep.Stats?.AvgResponseMinutes is { } minutes ? 1.0 / (1.0 + (minutes / 30.0)) : 0.5;
        var conversion = rep.Rep.Stats?.ConversionRate ?? 0;
        var source = rep.Rep.Stats?.ConversionRateBySource.GetValueOrDefault(lead.Lead.Source.ToString().ToLowerInvariant()) ?? 0;
        return (geography * w.GeographyMatch) + (industry * w.IndustryExperience) + (capacity * w.Capacity)
            + (response * w.ResponseTime) + (conversion * w.ConversionRate) + (source * w.SourcePerformance);
    }

    /// <summary>The eligible member at <paramref name="index"/>; a territory has a few members, so a scan beats a dictionary.</summary>
    private static EligibleCandidate? AtIndex(IReadOnlyList<EligibleCandidate> eligible, int index)
    {
        for (var i = 0; i < eligible.Count; i++)
        {
            if (eligible[i].Candidate.MemberIndex == index)
            {
                return eligible[i];
            }
        }

        return null;
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> parts) => string.Join("; ", parts);
}
