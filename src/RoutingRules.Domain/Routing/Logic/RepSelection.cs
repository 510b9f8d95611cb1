using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>The distribution strategies of DOMAIN.md §6: each picks one eligible candidate, deterministically.</summary>
public static class RepSelection
{
    // The rep score's criteria, as DistributionFigures.RepScoreCriteria names them (a constant for stackalloc).
    private const int CriteriaCount = 6;

    public static DistributionChoice Single(ChosenTerritory territory, IEnumerable<EligibleCandidate> eligible)
    {
        var chosen = eligible.OrderBy(e => e.Candidate.MemberIndex).ThenBy(e => e.RepId, StringComparer.Ordinal).First();
        return new DistributionChoice(chosen.Candidate, DistributionStrategy.Single, $"first available member: {chosen.RepId}", null);
    }

    /// <summary>Exact rotation: the first eligible member at or after the persisted cursor; the cursor moves past it.</summary>
    public static DistributionChoice RoundRobin(ChosenTerritory territory, IEnumerable<EligibleCandidate> eligible) =>
        Rotation(territory, eligible, smallDealPool: false);

    /// <summary>
    /// The small-deal pool's exact rotation (DOMAIN.md §5): as <see cref="RoundRobin"/>, among
    /// <paramref name="pool"/> (the eligible junior AEs and SDRs), from the pool's own cursor, which
    /// moves past the chosen member; the territory's own cursor does not move.
    /// </summary>
    public static DistributionChoice SmallDealPool(ChosenTerritory territory, IEnumerable<EligibleCandidate> pool) =>
        Rotation(territory, pool, smallDealPool: true);

    private static DistributionChoice Rotation(ChosenTerritory territory, IEnumerable<EligibleCandidate> eligible, bool smallDealPool)
    {
        var candidates = eligible as IReadOnlyList<EligibleCandidate> ?? eligible.ToList();
        var cursor = smallDealPool ? territory.Match.SmallDealPoolCursor : territory.Match.Cursor;
        if (Rotate(territory, candidates, cursor) is not var (chosen, index, next))
        {
            return Single(territory, candidates);
        }

        var repId = chosen.RepId;
        Func<string> inputs = smallDealPool
            ? () => $"small-deal pool cursor {cursor} -> member #{index} {repId}, next pool cursor {next}"
            : () => $"cursor {cursor} -> member #{index} {repId}, next cursor {next}";
        var moved = smallDealPool ? TerritoryCursor.SmallDealPool(territory.Id, next) : new TerritoryCursor(territory.Id, next);
        return new DistributionChoice(chosen.Candidate, DistributionStrategy.RoundRobin, inputs, moved) { SmallDealPool = smallDealPool };
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
            () => Figures(DistributionBasis.LeadsPerWeight, [], rows, r => new DistributionRow(r.e.RepId, r.load, [r.weight, r.e.Profile.Workload.AssignedToday])),
            null);
    }

    /// <summary>Lowest workload score wins.</summary>
    public static DistributionChoice LoadBalanced(IEnumerable<EligibleCandidate> eligible, WorkloadWeights weights)
    {
        var rows = eligible.Select(e => (e, score: e.Profile.WorkloadScore(weights)))
            .OrderBy(r => r.score).ThenBy(r => r.e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].e.Candidate, DistributionStrategy.LoadBalanced,
            () => Figures(DistributionBasis.WorkloadScore,
                [weights.OpenLeads, weights.AssignedToday, weights.OverdueFollowUps, weights.ActiveOpportunities],
                rows, r => new DistributionRow(r.e.RepId, r.score, [])),
            null);
    }

    /// <summary>Highest multi-criteria rep score wins.</summary>
    public static DistributionChoice RepScore(IEnumerable<EligibleCandidate> eligible, LeadProfile lead, RoutingPolicy policy)
    {
        var rows = eligible.Select(e => (e, score: Score(e.Profile, lead, policy)))
            .OrderByDescending(r => r.score).ThenBy(r => r.e.Candidate.MemberIndex).ToList();
        var w = policy.Capacity.RepScoreWeights;
        return new DistributionChoice(rows[0].e.Candidate, DistributionStrategy.RepScore,
            () => Figures(DistributionBasis.RepScore,
                [w.GeographyMatch, w.IndustryExperience, w.Capacity, w.ResponseTime, w.ConversionRate, w.SourcePerformance],
                rows, r => new DistributionRow(r.e.RepId, r.score, Criteria(r.e.Profile, lead, policy))),
            null);
    }

    /// <summary>The territory's top performer (referral leads without a referrer account).</summary>
    public static DistributionChoice TopPerformer(IEnumerable<EligibleCandidate> eligible)
    {
        var rows = eligible.OrderByDescending(e => e.Profile.Rep.PerformanceWeight)
            .ThenByDescending(e => e.Profile.Rep.Stats?.ConversionRate ?? 0)
            .ThenBy(e => e.Candidate.MemberIndex).ToList();
        return new DistributionChoice(rows[0].Candidate, DistributionStrategy.Weighted,
            () => Figures(DistributionBasis.TopPerformer, [], rows,
                e => new DistributionRow(e.RepId, e.Profile.Rep.PerformanceWeight, [e.Profile.Rep.Stats?.ConversionRate ?? 0])),
            null);
    }

    /// <summary>
    /// Geography x10 + industry experience x8 + capacity x6 + response time x5 + conversion x7 +
    /// source performance x4 (weights from the policy); each criterion scaled to 0..1.
    /// </summary>
    public static double Score(RepProfile rep, LeadProfile lead, RoutingPolicy policy)
    {
        var w = policy.Capacity.RepScoreWeights;
        Span<double> c = stackalloc double[CriteriaCount];
        Criteria(rep, lead, policy, c);
        return (c[0] * w.GeographyMatch) + (c[1] * w.IndustryExperience) + (c[2] * w.Capacity)
            + (c[3] * w.ResponseTime) + (c[4] * w.ConversionRate) + (c[5] * w.SourcePerformance);
    }

    /// <summary>The rep score's criteria, each from 0 to 1, in <see cref="DistributionFigures.RepScoreCriteria"/> order.</summary>
    public static double[] Criteria(RepProfile rep, LeadProfile lead, RoutingPolicy policy)
    {
        var criteria = new double[CriteriaCount];
        Criteria(rep, lead, policy, criteria);
        return criteria;
    }

    // Into a span: Score runs for every member of a rep-score territory while routing, and allocates nothing.
    private static void Criteria(RepProfile rep, LeadProfile lead, RoutingPolicy policy, Span<double> into)
    {
        var geography = rep.HoursFromLead <= policy.Territories.TimeZoneAcceptableOffset.TotalHours ? 1.0 : 0.0;
        var industry = rep.KnowsIndustry(lead.Lead.Industry) ? 1.0 : 0.0;
        var capacity = Math.Clamp(1.0 - ((double)rep.Workload.OpenLeads / Math.Max(1, rep.OpenLeadsCap(policy.Capacity))), 0, 1);
        var response = rep.Rep.Stats?.AvgResponseMinutes is { } minutes ? 1.0 / (1.0 + (minutes / policy.Capacity.RepScoreWeights.ResponseTimeHalfScore.TotalMinutes)) : 0.5;
        var conversion = rep.Rep.Stats?.ConversionRate ?? 0;
        var source = rep.Rep.Stats?.ConversionRateBySource.GetValueOrDefault(lead.Lead.Source.ToString().ToLowerInvariant()) ?? 0;
        into[0] = geography;
        into[1] = industry;
        into[2] = capacity;
        into[3] = response;
        into[4] = conversion;
        into[5] = source;
    }

    /// <summary>The first of <paramref name="eligible"/> at or after <paramref name="cursor"/> in the member list, its index and the cursor past it.</summary>
    private static (EligibleCandidate Chosen, int Index, long Next)? Rotate(ChosenTerritory territory, IReadOnlyList<EligibleCandidate> eligible, long cursor)
    {
        var members = territory.Territory.MemberRepIds;
        for (var step = 0; step < members.Count; step++)
        {
            var index = (int)((cursor + step) % members.Count);
            if (AtIndex(eligible, index) is { } chosen)
            {
                return (chosen, index, cursor + step + 1);
            }
        }

        return null;
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

    private static DistributionFigures Figures<T>(DistributionBasis basis, double[] weights, List<T> ranked, Func<T, DistributionRow> row) =>
        new(basis, weights, ranked.ConvertAll(r => row(r)));
}
