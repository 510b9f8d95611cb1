using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Accounts by office network: per address family, one dictionary per prefix length in use, keyed
/// by network address. A lookup masks the address once per prefix length present (a handful in
/// practice, 33 or 129 at most), whatever the number of accounts, and overlapping ranges
/// (a subsidiary's /26 inside its parent's /24) all answer, the most specific first.
/// </summary>
internal sealed class IpRangeIndex
{
    private readonly Family _v4 = new(32);
    private readonly Family _v6 = new(128);

    public IpRangeIndex(IReadOnlyList<Account> accounts)
    {
        foreach (var account in accounts)
        {
            foreach (var text in account.IpRanges)
            {
                // Validation refuses malformed ranges; a snapshot built from unvalidated data skips them.
                if (IpNetworkRange.TryParse(text, out var range, out _))
                {
                    (range.Network.IsV6 ? _v6 : _v4).Add(range, new IpNetworkMatch(account, text, range.PrefixLength));
                }
            }
        }
    }

    public int Count => _v4.Count + _v6.Count;

    /// <summary>Accounts whose ranges contain <paramref name="address"/>: longest prefix first, each account once, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<IpNetworkMatch> Find(IpAddressValue address, int max)
    {
        var family = address.IsV6 ? _v6 : _v4;
        List<IpNetworkMatch>? found = null;
        foreach (var prefix in family.PrefixLengths)
        {
            if (!family.ByPrefix[prefix]!.TryGetValue(address.Masked(prefix).Bits, out var matches))
            {
                continue;
            }

            foreach (var match in matches)
            {
                found ??= [];
                if (found.Count < max && !found.Exists(m => ReferenceEquals(m.Account, match.Account)))
                {
                    found.Add(match);
                }
            }
        }

        return found ?? (IReadOnlyList<IpNetworkMatch>)[];
    }

    private sealed class Family(int width)
    {
        public Dictionary<UInt128, List<IpNetworkMatch>>?[] ByPrefix { get; } = new Dictionary<UInt128, List<IpNetworkMatch>>?[width + 1];

        /// <summary>The prefix lengths in use, longest first.</summary>
        public int[] PrefixLengths { get; private set; } = [];

        public int Count { get; private set; }

        public void Add(IpNetworkRange range, IpNetworkMatch match)
        {
            var byNetwork = ByPrefix[range.PrefixLength];
            if (byNetwork is null)
            {
                ByPrefix[range.PrefixLength] = byNetwork = [];
                PrefixLengths = [.. PrefixLengths.Append(range.PrefixLength).OrderDescending()];
            }

            if (!byNetwork.TryGetValue(range.Network.Bits, out var list))
            {
                byNetwork.Add(range.Network.Bits, list = []);
            }

            list.Add(match);
            Count++;
        }
    }
}
