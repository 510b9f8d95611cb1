using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Immutable, indexed view of all reference data used to route one lead. Built once per admin
/// change and swapped atomically (see <see cref="SnapshotHolder"/>); rep-only changes (status,
/// absences, workload) are patched without re-indexing accounts and territories.
/// </summary>
public sealed class ReferenceSnapshot
{
    private static long s_versions;

    private readonly AccountIndex _accounts;
    private readonly IpRangeIndex _ipRanges;
    private readonly TerritoryIndex _territories;
    private readonly Dictionary<string, Rep> _reps;
    private readonly Dictionary<string, List<Opportunity>> _opportunitiesByAccount;
    private readonly Dictionary<string, List<PreviousLead>> _leadsByAccount;
    private readonly Dictionary<string, List<PreviousLead>> _leadsByDomain;

    private ReferenceSnapshot(Dataset dataset, ReferenceSnapshot? reuse)
    {
        Dataset = dataset;
        Version = Interlocked.Increment(ref s_versions);
        FreeMail = reuse?.FreeMail ?? new FreeMailDomains(dataset.Policy.Matching.FreeMailDomains);
        _reps = new Dictionary<string, Rep>(dataset.Reps.Count, StringComparer.Ordinal);
        foreach (var rep in dataset.Reps)
        {
            _reps.TryAdd(rep.Id, rep);
        }

        if (reuse is not null)
        {
            _accounts = reuse._accounts;
            _ipRanges = reuse._ipRanges;
            _territories = reuse._territories;
            _opportunitiesByAccount = reuse._opportunitiesByAccount;
            _leadsByAccount = reuse._leadsByAccount;
            _leadsByDomain = reuse._leadsByDomain;
            return;
        }

        _accounts = new AccountIndex(dataset.Accounts);
        _ipRanges = new IpRangeIndex(dataset.Accounts);
        _territories = new TerritoryIndex(dataset.Territories, dataset.Policy.Territories);
        _opportunitiesByAccount = new Dictionary<string, List<Opportunity>>(StringComparer.Ordinal);
        foreach (var o in dataset.Opportunities)
        {
            AccountIndex.Bucket(_opportunitiesByAccount, o.AccountId).Add(o);
        }

        _leadsByAccount = new Dictionary<string, List<PreviousLead>>(StringComparer.Ordinal);
        _leadsByDomain = new Dictionary<string, List<PreviousLead>>(StringComparer.Ordinal);
        foreach (var lead in dataset.PreviousLeads)
        {
            if (lead.AccountId is { } accountId)
            {
                AccountIndex.Bucket(_leadsByAccount, accountId).Add(lead);
            }

            if (DomainNames.RegistrableDomain(lead.Domain) is { } domain)
            {
                AccountIndex.Bucket(_leadsByDomain, domain).Add(lead);
            }
        }
    }

    public static ReferenceSnapshot Empty { get; } = Build(Dataset.Empty);

    /// <summary>The data this snapshot indexes; what an export returns.</summary>
    public Dataset Dataset { get; }

    /// <summary>Increases with every snapshot built in this process; tells readers a change happened.</summary>
    public long Version { get; }

    public RoutingPolicy Policy => Dataset.Policy;
    public FreeMailDomains FreeMail { get; }
    public IReadOnlyCollection<Rep> Reps => _reps.Values;
    public IReadOnlyList<Territory> Territories => Dataset.Territories;
    public int AccountCount => _accounts.Count;
    public Territory? DefaultPool => _territories.DefaultPool;
    public Territory? EscalationQueue => _territories.EscalationQueue;

    public static ReferenceSnapshot Build(Dataset dataset) => new(dataset, null);

    public Rep? GetRep(string id) => _reps.GetValueOrDefault(id);
    public Account? GetAccount(string id) => _accounts.Get(id);
    public Territory? GetTerritory(string id) => _territories.Get(id);

    /// <summary>Account owning an e-mail address, host or URL; free-mail domains never match.</summary>
    public AccountMatch? FindAccountByDomain(string? emailOrDomain)
    {
        var host = emailOrDomain is not null && emailOrDomain.Contains('@')
            ? DomainNames.FromEmail(emailOrDomain)
            : DomainNames.NormalizeHost(emailOrDomain);
        return host is null || FreeMail.IsFreeMail(host) ? null : _accounts.ByDomain(host);
    }

    /// <summary>
    /// <see cref="FindAccountByDomain"/> for a host the caller already normalised and found not to be
    /// free mail: routing knows both from the lead's profile and skips normalising the host again.
    /// </summary>
    internal AccountMatch? FindAccountByNormalizedHost(string? host) => host is null ? null : _accounts.ByDomain(host);

    /// <summary>Accounts whose normalised name or alias equals the normalised <paramref name="companyName"/>.</summary>
    public IReadOnlyList<AccountMatch> FindAccountsByName(string? companyName)
    {
        var normalized = CompanyNames.Normalize(companyName);
        return normalized.Length == 0 ? [] : _accounts.ByName(normalized);
    }

    /// <summary>
    /// Fuzzy company-name matches scoring at least the policy's review threshold (0.70), best first.
    /// Callers compare <see cref="AccountMatch.Score"/> with the match threshold (0.80).
    /// </summary>
    public IReadOnlyList<AccountMatch> FindAccountsByFuzzyName(string? companyName, int maxResults = 5)
    {
        var normalized = CompanyNames.Normalize(companyName);
        return normalized.Length == 0
            ? []
            : _accounts.ByFuzzyName(normalized, Policy.Matching.FuzzyReviewThreshold, maxResults);
    }

    /// <summary>
    /// <see cref="FindAccountsByName"/> then, when nothing matched and <paramref name="maxFuzzyResults"/>
    /// is positive, <see cref="FindAccountsByFuzzyName"/>: normalises the name once for both.
    /// </summary>
    internal IReadOnlyList<AccountMatch> FindAccountsByNameThenFuzzy(string? companyName, int maxFuzzyResults)
    {
        var normalized = CompanyNames.Normalize(companyName);
        if (normalized.Length == 0)
        {
            return [];
        }

        var exact = _accounts.ByName(normalized);
        return exact.Count > 0 || maxFuzzyResults <= 0
            ? exact
            : _accounts.ByFuzzyName(normalized, Policy.Matching.FuzzyReviewThreshold, maxFuzzyResults);
    }

    /// <summary>
    /// Accounts whose office networks (<see cref="Account.IpRanges"/>) contain <paramref name="ipAddress"/>,
    /// the most specific range first; none for a missing or malformed address. A supplementary signal,
    /// never a match on its own (DOMAIN.md §3).
    /// </summary>
    public IReadOnlyList<IpNetworkMatch> FindAccountsByIp(string? ipAddress, int maxResults = 3) =>
        IpAddressValue.TryParse(ipAddress?.Trim(), out var address) ? _ipRanges.Find(address, maxResults) : [];

    public IReadOnlyList<Account> Subsidiaries(string parentAccountId) => _accounts.Subsidiaries(parentAccountId);

    public IReadOnlyList<Territory> ChildTerritories(string territoryId) => _territories.Children(territoryId);
    public IReadOnlyList<Territory> TerritoriesByCountry(string country) => _territories.ByCountry(country);
    public IReadOnlyList<Territory> TerritoriesByRegion(string region) => _territories.ByRegion(region);
    public IReadOnlyList<Territory> TerritoriesByDepartment(string department) => _territories.ByDepartment(department);
    public IReadOnlyList<Territory> TerritoriesByIndustry(string industry) => _territories.ByIndustry(industry);
    public IReadOnlyList<Territory> TerritoriesBySegment(Segment segment) => _territories.BySegment(segment);

    /// <summary>Territories (escalation queues excluded) whose criteria accept the query; highest priority first.</summary>
    public IReadOnlyList<Territory> MatchingTerritories(TerritoryQuery query) => _territories.Matching(query);

    public IReadOnlyList<Opportunity> OpportunitiesForAccount(string accountId) =>
        _opportunitiesByAccount.TryGetValue(accountId, out var list) ? list : [];

    public IReadOnlyList<PreviousLead> PreviousLeadsForAccount(string accountId) =>
        _leadsByAccount.TryGetValue(accountId, out var list) ? list : [];

    /// <summary>Previous leads recorded by domain (sub-domains fold into the registrable domain).</summary>
    public IReadOnlyList<PreviousLead> PreviousLeadsForDomain(string domain) =>
        DomainNames.RegistrableDomain(domain) is { } key && _leadsByDomain.TryGetValue(key, out var list) ? list : [];

    /// <summary>A snapshot where <paramref name="rep"/> replaces (or adds) the rep with its id; other indexes are shared.</summary>
    public ReferenceSnapshot WithRep(Rep rep)
    {
        var reps = new List<Rep>(Dataset.Reps.Count + 1);
        var replaced = false;
        foreach (var existing in Dataset.Reps)
        {
            if (existing.Id == rep.Id)
            {
                reps.Add(rep);
                replaced = true;
            }
            else
            {
                reps.Add(existing);
            }
        }

        if (!replaced)
        {
            reps.Add(rep);
        }

        return new ReferenceSnapshot(Dataset with { Reps = reps }, this);
    }
}
