using System.Text;
using RoutingRules.Domain.Model;
using V = RoutingRules.Domain.Generation.GeneratorVocabulary;

namespace RoutingRules.Domain.Generation;

internal static class AccountGenerator
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static List<Account> Generate(int count, List<Rep> reps, Random random)
    {
        var accounts = new List<Account>(count);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedDomains = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var place = V.Countries[random.Next(V.Countries.Length)];
            var stem = UniqueStem(random, usedNames);
            var sector = V.SectorWords[random.Next(V.SectorWords.Length)];
            var legal = V.LegalSuffixes[random.Next(V.LegalSuffixes.Length)];
            var display = char.ToUpperInvariant(stem[0]) + stem[1..];
            var domains = new List<string> { Domain(stem, place.Tld, usedDomains) };
            if (random.NextDouble() < 0.1)
            {
                domains.Add(Domain(stem + sector.ToLowerInvariant()[..3], "com", usedDomains));
            }

            var status = (AccountStatus)random.Next(3);
            var owner = random.NextDouble() < 0.8 ? reps[random.Next(reps.Count)].Id : null;
            var strategic = owner is not null && random.NextDouble() < 0.02;
            accounts.Add(new Account
            {
                Id = $"acc-{i + 1:D6}",
                Name = $"{display} {sector} {legal}".TrimEnd(),
                Domains = domains,
                Aliases = random.NextDouble() < 0.05 ? [Acronym(display, sector)] : [],
                IpRanges = OfficeNetwork(i),
                Status = status,
                ChurnedOn = status == AccountStatus.Churned ? Today.AddDays(-random.Next(10, 900)) : null,
                OwnerId = owner,
                Strategic = strategic,
                StrategicOwnerId = strategic ? owner : null,
                NamedAccountOwnerId = random.NextDouble() < 0.03 ? reps[random.Next(reps.Count)].Id : null,
                Competitor = random.NextDouble() < 0.005,
                PartnerManagerId = random.NextDouble() < 0.02 ? reps[random.Next(reps.Count)].Id : null,
                ContractValue = status == AccountStatus.Customer ? random.Next(1, 400) * 1_000m : null,
                AccountManagerId = status == AccountStatus.Customer ? reps[random.Next(reps.Count)].Id : null,
                ParentAccountId = i > 10 && random.NextDouble() < 0.03 ? $"acc-{random.Next(1, i / 2):D6}" : null,
                EmployeeCount = random.NextDouble() < 0.9 ? (int)Math.Round(Math.Exp(random.NextDouble() * 11)) : null,
                Industry = V.Industries[random.Next(V.Industries.Length)],
                Country = place.Country,
            });
        }

        return accounts;
    }

    /// <summary>
    /// One account in ten lists an office network, a distinct private /24 up to 655,360 accounts
    /// (every tenth IPv6 one too). Derived from the index, not the random source, so the other
    /// fields of a seed stay what they were before accounts had networks.
    /// </summary>
    private static IReadOnlyList<string> OfficeNetwork(int index)
    {
        if (index % 10 != 0)
        {
            return [];
        }

        var n = index / 10;
        var v4 = $"10.{(n >> 8) & 255}.{n & 255}.0/24";
        return n % 10 == 0 ? [v4, $"fd00:0:{n & 0xffff:x}::/48"] : [v4];
    }

    private static string UniqueStem(Random random, HashSet<string> used)
    {
        var builder = new StringBuilder();
        for (var attempt = 0; ; attempt++)
        {
            builder.Clear();
            var syllables = 2 + random.Next(2);
            for (var s = 0; s < syllables; s++)
            {
                builder.Append(V.Syllables[random.Next(V.Syllables.Length)]);
            }

            if (attempt > 5)
            {
                builder.Append(V.Syllables[random.Next(V.Syllables.Length)]).Append(attempt);
            }

            if (used.Add(builder.ToString()))
            {
                return builder.ToString();
            }
        }
    }

    private static string Domain(string stem, string tld, HashSet<string> used)
    {
        var domain = $"{stem}.{tld}";
        for (var n = 2; !used.Add(domain); n++)
        {
            domain = $"{stem}{n}.{tld}";
        }

        return domain;
    }

    private static string Acronym(string display, string sector) =>
        $"{char.ToUpperInvariant(display[0])}{display[^1..].ToUpperInvariant()}{sector[0]}";
}
