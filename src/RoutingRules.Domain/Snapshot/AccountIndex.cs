using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Snapshot;

/// <summary>Account lookups by id, domain, normalised name, alias and fuzzy name.</summary>
internal sealed class AccountIndex
{
    private const int FuzzyCandidates = 32;

    // Far above the rounding of two similarity computations, far below any meaningful threshold step.
    private const double BoundMargin = 1e-9;

    private readonly Dictionary<string, Account> _byId;
    private readonly Dictionary<string, Account> _byDomain;
    private readonly Dictionary<string, List<AccountMatch>> _byName;
    private readonly TrigramIndex _fuzzy;
    private readonly string[] _fuzzyNames;
    private readonly Account[] _fuzzyAccounts;
    private readonly Dictionary<string, List<Account>> _subsidiaries;

    public AccountIndex(IReadOnlyList<Account> accounts)
    {
        _byId = new Dictionary<string, Account>(accounts.Count, StringComparer.Ordinal);
        _byDomain = new Dictionary<string, Account>(accounts.Count, StringComparer.Ordinal);
        _byName = new Dictionary<string, List<AccountMatch>>(accounts.Count, StringComparer.Ordinal);
        _subsidiaries = new Dictionary<string, List<Account>>(StringComparer.Ordinal);
        var names = new List<string>(accounts.Count);
        var owners = new List<Account>(accounts.Count);
        foreach (var account in accounts)
        {
            _byId.TryAdd(account.Id, account);
            foreach (var domain in account.Domains)
            {
                if (DomainNames.NormalizeHost(domain) is { } host)
                {
                    _byDomain.TryAdd(host, account);
                }
            }

            AddName(account, account.Name, AccountMatchKind.Name, names, owners);
            foreach (var alias in account.Aliases)
            {
                AddName(account, alias, AccountMatchKind.Alias, names, owners);
            }

            if (account.ParentAccountId is { } parent)
            {
                Bucket(_subsidiaries, parent).Add(account);
            }
        }

        _fuzzyNames = names.ToArray();
        _fuzzyAccounts = owners.ToArray();
        _fuzzy = TrigramIndex.Build(_fuzzyNames);
    }

    public int Count => _byId.Count;

    public Account? Get(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<Account> Subsidiaries(string parentId) =>
        _subsidiaries.TryGetValue(parentId, out var list) ? list : [];

    /// <summary>Exact host first, then its registrable domain (a sub-domain of a listed domain).</summary>
    public AccountMatch? ByDomain(string host)
    {
        if (_byDomain.TryGetValue(host, out var exact))
        {
            return new AccountMatch(exact, AccountMatchKind.Domain, 1.0, host);
        }

        var registrable = DomainNames.RegistrableDomain(host);
        return registrable is not null && registrable != host && _byDomain.TryGetValue(registrable, out var parent)
            ? new AccountMatch(parent, AccountMatchKind.Domain, 1.0, registrable)
            : null;
    }

    public IReadOnlyList<AccountMatch> ByName(string normalized) =>
        _byName.TryGetValue(normalized, out var list) ? list : [];

    public IReadOnlyList<AccountMatch> ByFuzzyName(string normalized, double minScore, int maxResults)
    {
        var candidates = _fuzzy.Candidates(normalized, FuzzyCandidates);

        // The candidates' names lie scattered over the heap: reading them all first lets their cache
        // misses overlap instead of each one stalling its own score (about a fifth of the lookup).
        var characters = 0;
        foreach (var id in candidates)
        {
            characters += _fuzzyNames[id].Length;
        }

        if (characters == 0)
        {
            return [];
        }

        Span<double> scores = stackalloc double[candidates.Count];
        Span<int> kept = stackalloc int[candidates.Count];
        var shared = new SharedCharacters(normalized, stackalloc byte[128], stackalloc byte[128]);

        var jaroNeeded = JaroWinklerBounds.JaroNeeded(minScore) - BoundMargin;
        var count = 0;
        for (var c = 0; c < candidates.Count; c++)
        {
            var id = candidates[c];
            var name = _fuzzyNames[id];

            // Most candidates of a name that matches nothing share too few characters to qualify:
            // their bound says so for less than the similarity itself costs.
            if (shared.With(name) is var common and >= 0
                && JaroWinklerBounds.MaxJaro(normalized.Length, name.Length, common) < jaroNeeded)
            {
                continue;
            }

            var score = JaroWinkler.Similarity(normalized, name);
            if (score < minScore)
            {
                continue;
            }

            // A name and an alias of one account may both qualify: keep the account once, at its best score.
            var same = IndexOfAccount(kept[..count], _fuzzyAccounts[id]);
            if (same < 0)
            {
                scores[count] = score;
                kept[count++] = id;
            }
            else if (scores[same] < score)
            {
                scores[same] = score;
                kept[same] = id;
            }
        }

        // Only the best few are returned: select them in place rather than materialise and sort all.
        var limit = Math.Min(Math.Max(0, maxResults), count);
        var results = new AccountMatch[limit];
        for (var r = 0; r < limit; r++)
        {
            var best = r;
            for (var c = r + 1; c < count; c++)
            {
                if (Outranks(scores[c], kept[c], scores[best], kept[best]))
                {
                    best = c;
                }
            }

            (scores[r], scores[best]) = (scores[best], scores[r]);
            (kept[r], kept[best]) = (kept[best], kept[r]);
            results[r] = new AccountMatch(_fuzzyAccounts[kept[r]], AccountMatchKind.Fuzzy, scores[r], _fuzzyNames[kept[r]]);
        }

        return results;
    }

    /// <summary>Higher score first, then account id (ordinal) so equal scores come out in a stable order.</summary>
    private bool Outranks(double score, int id, double otherScore, int otherId) =>
        score > otherScore || (score == otherScore && string.CompareOrdinal(_fuzzyAccounts[id].Id, _fuzzyAccounts[otherId].Id) < 0);

    private int IndexOfAccount(ReadOnlySpan<int> kept, Account account)
    {
        for (var i = 0; i < kept.Length; i++)
        {
            if (ReferenceEquals(_fuzzyAccounts[kept[i]], account))
            {
                return i;
            }
        }

        return -1;
    }

    private void AddName(Account account, string name, AccountMatchKind kind, List<string> names, List<Account> owners)
    {
        var normalized = CompanyNames.Normalize(name);
        if (normalized.Length == 0)
        {
            return;
        }

        var bucket = Bucket(_byName, normalized);
        if (!bucket.Exists(m => m.Account.Id == account.Id))
        {
            bucket.Add(new AccountMatch(account, kind, 1.0, normalized));
            names.Add(normalized);
            owners.Add(account);
        }
    }

    internal static List<TValue> Bucket<TValue>(Dictionary<string, List<TValue>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        return list;
    }
}
