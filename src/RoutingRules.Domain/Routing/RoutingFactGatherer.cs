using System.Runtime.CompilerServices;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// Collects the facts one lead's session needs from the snapshot and the live state: the lead
/// profile, candidate accounts (domain, name, alias, fuzzy), their parents, opportunities and
/// previous leads, recent activity, matching territories ranked, and every rep involved.
/// </summary>
public static class RoutingFactGatherer
{
    private const int FuzzyResults = 5;
    private static readonly ConditionalWeakTable<ReferenceSnapshot, ILookup<string, Rep>> Specialists = [];

    public static List<object> Gather(Lead lead, RoutingContext context)
    {
        var snapshot = context.Snapshot;
        var policy = snapshot.Policy;
        var now = context.Now;
        var host = DomainNames.FromEmail(lead.Email) ?? DomainNames.NormalizeHost(lead.Website);
        var freeMail = host is not null && snapshot.FreeMail.IsFreeMail(host);
        var profile = new LeadProfile(lead, DomainNames.RegistrableDomain(host), freeMail,
            policy.Territories.SegmentFor(lead.EmployeeCount), LeadClassifier.Intent(lead), LeadClassifier.Fit(lead, policy),
            string.IsNullOrWhiteSpace(lead.PreferredLanguage) ? policy.Territories.DefaultLanguage : lead.PreferredLanguage, now);

        var facts = new List<object>(64) { profile, policy };
        var queues = policy.Queues;
        var pool = snapshot.DefaultPool is { } p ? p.QueueName ?? queues.DefaultPool : null;
        var escalation = snapshot.EscalationQueue?.QueueName ?? queues.EscalationQueue;
        facts.Add(new FallbackQueues(pool, escalation));
        foreach (var queue in new[] { pool, escalation, queues.CompetitorQueue })
        {
            if (queue is not null)
            {
                facts.Add(new QueueLoad(queue, context.Live.QueueLength(queue)));
            }
        }

        // Owners may be departed or absent, so their successors, managers and backups come too;
        // territory members are only excluded, never handed over.
        var repIds = new HashSet<string>(StringComparer.Ordinal);
        var accounts = AddAccounts(lead, profile, host, snapshot, facts);
        foreach (var account in accounts)
        {
            AddAccountFacts(account, snapshot, context, profile, facts, repIds);
        }

        if (accounts.Count == 0 && profile.IsCorporateDomain)
        {
            AddSighting(profile.Domain!, snapshot, context.Live, facts, repIds);
        }

        if (lead.Referrer is not null && snapshot.FindAccountByDomain(lead.Referrer) is { } referrer)
        {
            facts.Add(new ReferrerAccount(referrer.Account));
            AddOwners(referrer.Account, repIds);
        }

        AddRelated(repIds, snapshot);
        AddTerritories(lead, snapshot, context.Live, facts, repIds);
        if (lead.ContactDepartment is { } department)
        {
            var byDepartment = Specialists.GetValue(snapshot, static s => s.Reps
                .Where(r => r.SpecialistDepartment is not null)
                .ToLookup(r => r.SpecialistDepartment!, StringComparer.OrdinalIgnoreCase));
            repIds.UnionWith(byDepartment[department].Select(r => r.Id));
        }

        AddReps(lead, repIds, context, facts);
        return facts;
    }

    private static List<Account> AddAccounts(Lead lead, LeadProfile profile, string? host, ReferenceSnapshot snapshot, List<object> facts)
    {
        var found = new List<AccountMatch>();
        if (!profile.IsFreeMail && snapshot.FindAccountByDomain(host) is { } byDomain)
        {
            found.Add(byDomain);
        }

        if (lead.Website is not null && snapshot.FindAccountByDomain(lead.Website) is { } byWebsite && found.All(m => m.Account.Id != byWebsite.Account.Id))
        {
            found.Add(byWebsite);
        }

        found.AddRange(snapshot.FindAccountsByName(lead.CompanyName));
        if (found.Count == 0)
        {
            found.AddRange(snapshot.FindAccountsByFuzzyName(lead.CompanyName, FuzzyResults));
        }

        var accounts = new List<Account>();
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var parent = m.Account.ParentAccountId is { } parentId ? snapshot.GetAccount(parentId) : null;
            facts.Add(new AccountCandidate(m.Account, parent, m.Kind, m.Score, ((int)m.Kind * 1000) + i));
            accounts.Add(m.Account);
            if (parent is not null)
            {
                accounts.Add(parent);
            }
        }

        return accounts.DistinctBy(a => a.Id).ToList();
    }

    private static void AddAccountFacts(
        Account account, ReferenceSnapshot snapshot, RoutingContext context, LeadProfile profile, List<object> facts, HashSet<string> repIds)
    {
        AddOwners(account, repIds);
        foreach (var opportunity in snapshot.OpportunitiesForAccount(account.Id))
        {
            facts.Add(opportunity);
            repIds.Add(opportunity.OwnerId);
        }

        var since = profile.Now - snapshot.Policy.Accounts.HighActivityWindow;
        foreach (var previous in snapshot.PreviousLeadsForAccount(account.Id))
        {
            facts.Add(previous);
            repIds.Add(previous.OwnerId);
            if (previous.ReceivedAt >= since && previous.ReceivedAt <= profile.Now)
            {
                facts.Add(new RecentLead(previous.Id, account.Id, previous.OwnerId, previous.ReceivedAt));
            }
        }

        foreach (var recent in context.Live.RecentAssignmentsForAccount(account.Id, since))
        {
            facts.Add(new RecentLead(recent.LeadId, account.Id, recent.RepId, recent.DecidedAt));
            if (recent.RepId is not null)
            {
                repIds.Add(recent.RepId);
            }
        }
    }

    private static void AddSighting(string domain, ReferenceSnapshot snapshot, ILiveState live, List<object> facts, HashSet<string> repIds)
    {
        var earlier = snapshot.PreviousLeadsForDomain(domain).Where(l => l.AccountId is null).OrderBy(l => l.ReceivedAt).ToList();
        var sightings = live.UnknownDomain(domain);
        var firstOwner = earlier.Count > 0 ? earlier[0].OwnerId : sightings?.FirstOwnerRepId;
        facts.Add(new UnknownDomainSighting(domain, earlier.Count + (sightings?.LeadCount ?? 0), firstOwner));
        if (firstOwner is not null)
        {
            repIds.Add(firstOwner);
        }
    }

    private static void AddTerritories(Lead lead, ReferenceSnapshot snapshot, ILiveState live, List<object> facts, HashSet<string> repIds)
    {
        var query = new TerritoryQuery
        {
            Country = lead.Country, Region = lead.Region, Department = lead.Department, City = lead.City,
            PostalCode = lead.PostalCode, Industry = lead.Industry, EmployeeCount = lead.EmployeeCount,
        };
        var matches = new List<(Territory, VerticalMatch)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = TerritoryCandidates.For(snapshot);
        var policy = snapshot.Policy.Territories;
        foreach (var t in index.Matching(query, policy))
        {
            if (seen.Add(t.Id))
            {
                matches.Add((t, t.Criteria.HasVertical ? VerticalMatch.Primary : VerticalMatch.None));
            }
        }

        foreach (var industry in lead.SecondaryIndustries)
        {
            foreach (var t in index.Matching(query with { Industry = industry }, policy))
            {
                if (t.Criteria.HasVertical && seen.Add(t.Id))
                {
                    matches.Add((t, VerticalMatch.Secondary));
                }
            }
        }

        foreach (var match in TerritoryRanking.Rank(matches, policy,
                     t => t.Strategy == DistributionStrategy.RoundRobin ? live.RoundRobinCursor(t.Id) : 0))
        {
            facts.Add(match);
            repIds.UnionWith(match.Territory.MemberRepIds);
            if (match.Territory.BackupRepId is { } backup)
            {
                repIds.Add(backup);
            }
        }
    }

    private static void AddOwners(Account account, HashSet<string> repIds)
    {
        foreach (var id in new[] { account.OwnerId, account.StrategicOwnerId, account.NamedAccountOwnerId, account.PartnerManagerId, account.AccountManagerId })
        {
            if (id is not null)
            {
                repIds.Add(id);
            }
        }
    }

    private static void AddRelated(HashSet<string> repIds, ReferenceSnapshot snapshot)
    {
        foreach (var id in repIds.ToList())
        {
            if (snapshot.GetRep(id) is { } rep)
            {
                foreach (var related in new[] { rep.SuccessorId, rep.ManagerId, rep.BackupId })
                {
                    if (related is not null && repIds.Add(related) && snapshot.GetRep(related) is { BackupId: { } backup })
                    {
                        repIds.Add(backup);
                    }
                }
            }
        }
    }

    private static void AddReps(Lead lead, HashSet<string> repIds, RoutingContext context, List<object> facts)
    {
        var offsets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in repIds)
        {
            if (context.Snapshot.GetRep(id) is { } rep)
            {
                if (!offsets.TryGetValue(rep.TimeZone, out var hours))
                {
                    hours = ZoneClock.HoursBetween(lead.TimeZone, rep.TimeZone, context.Now);
                    offsets.Add(rep.TimeZone, hours);
                }

                facts.Add(new RepProfile(rep, context.Live.WorkloadOf(id), hours));
            }
        }
    }
}
