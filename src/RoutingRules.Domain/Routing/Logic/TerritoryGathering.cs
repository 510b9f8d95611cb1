using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Logic;

/// <summary>The territories a lead falls in (primary then secondary industries), ranked, and the reps they involve.</summary>
internal static class TerritoryGathering
{
    // Working lists of one lead, kept per thread: the routing thread gathers lead after lead.
    [ThreadStatic]
    private static List<(Territory, VerticalMatch, GeographyLevel)>? t_matches;

    [ThreadStatic]
    private static List<Territory>? t_found;

    public static void AddTerritories(Lead lead, ReferenceSnapshot snapshot, ILiveState live, List<object> facts, HashSet<string> repIds)
    {
        var query = new TerritoryQuery
        {
            Country = lead.Country, Region = lead.Region, Department = lead.Department, City = lead.City,
            PostalCode = lead.PostalCode, Industry = lead.Industry, EmployeeCount = lead.EmployeeCount,
            AnnualRevenue = lead.AnnualRevenue,
        };
        var matches = t_matches ??= new List<(Territory, VerticalMatch, GeographyLevel)>(8);
        var found = t_found ??= new List<Territory>(8);
        matches.Clear();
        var index = TerritoryCandidates.For(snapshot);
        var policy = snapshot.Policy.Territories;
        found.Clear();
        index.Matching(query, policy, found);
        foreach (var t in found)
        {
            if (!Contains(matches, t.Id))
            {
                matches.Add((t, t.Criteria.HasVertical ? VerticalMatch.Primary : VerticalMatch.None, TerritoryMatcher.MatchedLevel(t.Criteria, query)));
            }
        }

        foreach (var industry in lead.SecondaryIndustries)
        {
            found.Clear();
            index.Matching(query with { Industry = industry }, policy, found);
            foreach (var t in found)
            {
                if (t.Criteria.HasVertical && !Contains(matches, t.Id))
                {
                    matches.Add((t, VerticalMatch.Secondary, TerritoryMatcher.MatchedLevel(t.Criteria, query)));
                }
            }
        }

        if (matches.Count == 0)
        {
            // Why, worked out here only: a lead that matched pays nothing for it.
            var reason = TerritoryCoverage.For(snapshot).Classify(query, lead.SecondaryIndustries);
            facts.Add(new NoTerritoryMatch(lead.Department, UnmatchedLead.Of(reason, lead.Country, lead.Industry)));
            AddNearestTerritory(lead, snapshot, live, facts, repIds);
            return;
        }

        foreach (var match in Ranked(matches, snapshot.Policy, lead, live))
        {
            facts.Add(match);
            AddReps(match.Territory, repIds);
        }
    }

    /// <summary>No territory matches: the one the policy names for the lead's area, if any, with its reps.</summary>
    private static void AddNearestTerritory(Lead lead, ReferenceSnapshot snapshot, ILiveState live, List<object> facts, HashSet<string> repIds)
    {
        if (snapshot.Policy.Territories.NearestTerritoryFor(lead.Department, lead.Region, lead.Country) is not var (area, territoryId)
            || snapshot.GetTerritory(territoryId) is not { } territory)
        {
            return;
        }

        facts.Add(new NearestTerritory(Ranked([(territory, VerticalMatch.None, TerritoryRanking.GeographyOf(territory.Criteria))], snapshot.Policy, lead, live)[0], area));
        AddReps(territory, repIds);
    }

    // A single-owner territory has nothing to pool, and only a small deal under a policy with the
    // pool reads its cursor (the key is built per territory: no string for the other leads).
    private static IReadOnlyList<TerritoryMatch> Ranked(
        List<(Territory, VerticalMatch, GeographyLevel)> matches, Policy.RoutingPolicy policy, Lead lead, ILiveState live)
    {
        var pooled = policy.Assignment.SmallDealPooledRoundRobin && policy.Assignment.IsSmallDeal(lead.EstimatedDealValue);
        return TerritoryRanking.Rank(matches, policy.Territories, (live, pooled), static (s, t) => (
            t.Strategy == DistributionStrategy.RoundRobin ? s.live.RoundRobinCursor(t.Id) : 0,
            s.pooled && t.Strategy != DistributionStrategy.Single ? s.live.RoundRobinCursor(TerritoryCursor.SmallDealPoolKey(t.Id)) : 0));
    }

    private static void AddReps(Territory territory, HashSet<string> repIds)
    {
        var members = territory.MemberRepIds;
        for (var i = 0; i < members.Count; i++)
        {
            repIds.Add(members[i]);
        }

        if (territory.BackupRepId is { } backup)
        {
            repIds.Add(backup);
        }
    }

    /// <summary>A lead matches a handful of territories: a scan is cheaper than a set.</summary>
    private static bool Contains(List<(Territory Territory, VerticalMatch Vertical, GeographyLevel Geography)> matches, string territoryId)
    {
        foreach (var (territory, _, _) in matches)
        {
            if (string.Equals(territory.Id, territoryId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
