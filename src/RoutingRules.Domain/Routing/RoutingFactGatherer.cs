using System.Runtime.CompilerServices;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// Collects the facts one lead's session needs from the snapshot and the live state: the lead
/// profile, candidate accounts (e-mail and website domains, name, alias, fuzzy), their parents, opportunities and
/// previous leads, accounts whose office network holds the lead's IP address, recent activity,
/// matching territories ranked, and every rep involved.
/// </summary>
public static partial class RoutingFactGatherer
{
    private const int FuzzyResults = 5;

    // Nested office networks (a subsidiary inside its parent's) give a signal each; a few are plenty.
    private const int IpResults = 3;
    private static readonly ConditionalWeakTable<ReferenceSnapshot, ILookup<string, Rep>> Specialists = [];

    // The working sets of one gathering, kept per thread: the routing thread gathers lead after
    // lead, and none of these outlives the call (only the facts list does).
    [ThreadStatic]
    private static Scratch? t_scratch;

    public static List<object> Gather(Lead lead, RoutingContext context) => Gather(lead, context, out _);

    /// <summary>
    /// Gathers the facts, the lead's profile first and those drawn from its own fields last (its
    /// territories and the reps they bring, from <see cref="LeadFactsMark.Start"/>), so that
    /// <see cref="Complete"/> can replace them once the rules have matched the lead's account.
    /// </summary>
    /// <param name="mark">Where the lead's facts start; <see cref="LeadFactsMark.MayFill"/> when the policy
    /// completes leads and a candidate account has a field the lead lacks.</param>
    internal static List<object> Gather(Lead lead, RoutingContext context, out LeadFactsMark mark)
    {
        var snapshot = context.Snapshot;
        var policy = snapshot.Policy;
        var now = context.Now;
        var hosts = LeadHosts.Of(lead, snapshot.FreeMail);
        var (segment, segmentFrom) = policy.Territories.Classify(lead.EmployeeCount, lead.AnnualRevenue);
        var profile = new LeadProfile(lead, DomainNames.RegistrableDomain(hosts.Company ?? hosts.FreeMail), hosts.OnlyFreeMail,
            segment, LeadClassifier.Intent(lead), LeadClassifier.WeakOn(lead, policy),
            string.IsNullOrWhiteSpace(lead.PreferredLanguage) ? policy.Territories.DefaultLanguage : lead.PreferredLanguage, now,
            segmentFrom: segmentFrom);

        // Routing gathers 15 to 30 facts: one array, grown at most once.
        var facts = new List<object>(32) { profile, policy };
        var queues = FallbackQueues.From(snapshot);
        facts.Add(queues);
        AddQueueLoad(queues.DefaultPool, context.Live, facts);
        AddQueueLoad(queues.PriorityQueue, context.Live, facts);
        AddQueueLoad(queues.Escalation, context.Live, facts);
        AddQueueLoad(policy.Queues.CompetitorQueue, context.Live, facts);

        // Owners may be departed or absent, so their successors, managers and backups come too;
        // territory members are only excluded, never handed over. A set enumerates in insertion
        // order while nothing is removed, which keeps the rep facts in a stable order.
        var scratch = t_scratch ??= new Scratch();
        var repIds = scratch.RepIds;
        repIds.Clear();
        var accounts = AddAccounts(lead, hosts, snapshot, facts, scratch);
        foreach (var account in accounts)
        {
            AddAccountFacts(account, snapshot, context, profile, facts, repIds);
        }

        if (policy.Matching.UseIpAddress)
        {
            foreach (var ip in snapshot.FindAccountsByIp(lead.IpAddress, IpResults))
            {
                facts.Add(new IpAccountSignal(ip.Account, ip.Range));
            }
        }

        if (accounts.Count == 0 && profile.IsCorporateDomain)
        {
            AddSighting(profile.Domain!, snapshot, context.Live, facts, repIds);
        }

        if (lead.Referrer is not null && snapshot.FindAccountByDomain(lead.Referrer) is { } referrer)
        {
            facts.Add(new ReferrerAccount(referrer.Account));
            RepGathering.AddOwners(referrer.Account, repIds);
        }

        RepGathering.AddRelated(repIds, snapshot);
        mark = new LeadFactsMark(scratch, ++scratch.Generation, facts.Count, repIds.Count, MayFill(lead, scratch.Found, policy));
        AddLeadFacts(lead, context, facts, repIds);
        return facts;
    }

    private static List<Account> AddAccounts(Lead lead, LeadHosts hosts, ReferenceSnapshot snapshot, List<object> facts, Scratch scratch)
    {
        var found = scratch.Found;
        found.Clear();
        if (snapshot.FindAccountByNormalizedHost(hosts.CorporateEmail) is { } byEmail)
        {
            found.Add(byEmail);
        }

        // The website counts whatever the e-mail is (a free-mail contact often gives their company's
        // site); an account both name is one candidate, matched by the e-mail.
        var website = -1;
        if (snapshot.FindAccountByNormalizedHost(hosts.CorporateWebsite) is { } byWebsite &&
            (found.Count == 0 || found[0].Account.Id != byWebsite.Account.Id))
        {
            website = found.Count;
            found.Add(byWebsite);
        }

        // Fuzzy names only when neither the domains nor the exact name found an account.
        found.AddRange(snapshot.FindAccountsByNameThenFuzzy(lead.CompanyName, found.Count == 0 ? FuzzyResults : 0));

        var accounts = scratch.Accounts;
        accounts.Clear();
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var parent = m.Account.ParentAccountId is { } parentId ? snapshot.GetAccount(parentId) : null;
            // The index finds both domains alike: which field gave it is the gatherer's to say.
            var kind = i == website ? AccountMatchKind.Website : m.Kind;
            facts.Add(new AccountCandidate(m.Account, parent, kind, m.Score, ((int)kind * 1000) + i));
            AddDistinct(accounts, m.Account);
            if (parent is not null)
            {
                AddDistinct(accounts, parent);
            }
        }

        return accounts;
    }

    /// <summary>Keeps the first account of each id, in order; a lead has a few candidates, so a scan beats a set.</summary>
    private static void AddDistinct(List<Account> accounts, Account account)
    {
        foreach (var existing in accounts)
        {
            if (existing.Id == account.Id)
            {
                return;
            }
        }

        accounts.Add(account);
    }

    private static void AddQueueLoad(string? queue, ILiveState live, List<object> facts)
    {
        if (queue is not null)
        {
            facts.Add(new QueueLoad(queue, live.QueueLength(queue)));
        }
    }

    private static void AddAccountFacts(
        Account account, ReferenceSnapshot snapshot, RoutingContext context, LeadProfile profile, List<object> facts, HashSet<string> repIds)
    {
        RepGathering.AddOwners(account, repIds);
        foreach (var opportunity in snapshot.OpportunitiesForAccount(account.Id))
        {
            facts.Add(opportunity);
            repIds.Add(opportunity.OwnerId);
        }

        var since = profile.Now - snapshot.Policy.Accounts.HighActivityWindow;
        var activity = new RecentLeadTally();
        foreach (var previous in snapshot.PreviousLeadsForAccount(account.Id))
        {
            facts.Add(previous);
            repIds.Add(previous.OwnerId);
            if (previous.ReceivedAt >= since && previous.ReceivedAt <= profile.Now)
            {
                activity.Add(previous.Id, previous.OwnerId, previous.ReceivedAt);
            }
        }

        context.Live.TallyRecentLeads(account.Id, since, ref activity);
        if (activity.Count > 0)
        {
            facts.Add(new AccountActivity(account.Id, activity.Count, activity.LatestLeadId, activity.LatestRepId, activity.LatestAt));
            if (activity.LatestRepId is not null)
            {
                repIds.Add(activity.LatestRepId);
            }
        }
    }

    private static void AddSighting(string domain, ReferenceSnapshot snapshot, ILiveState live, List<object> facts, HashSet<string> repIds)
    {
        // The earliest lead without an account (the first of equals, as a stable sort would give) and their number.
        PreviousLead? first = null;
        var earlier = 0;
        foreach (var previous in snapshot.PreviousLeadsForDomain(domain))
        {
            if (previous.AccountId is null)
            {
                earlier++;
                if (first is null || previous.ReceivedAt < first.ReceivedAt)
                {
                    first = previous;
                }
            }
        }

        var sightings = live.UnknownDomain(domain);
        var firstOwner = first is not null ? first.OwnerId : sightings?.FirstOwnerRepId;
        facts.Add(new UnknownDomainSighting(domain, earlier + (sightings?.LeadCount ?? 0), firstOwner));
        if (firstOwner is not null)
        {
            repIds.Add(firstOwner);
        }
    }

    internal sealed class Scratch
    {
        public HashSet<string> RepIds { get; } = new(16, StringComparer.Ordinal);
        public List<AccountMatch> Found { get; } = new(8);
        public List<Account> Accounts { get; } = new(8);

        /// <summary>Gatherings so far: a mark of an earlier one finds its rep ids gone.</summary>
        public int Generation { get; set; }
    }
}
