using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Matching;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Snapshot;

public class AccountIndexTests
{
    [Theory]
    [InlineData(0.7)]
    [InlineData(0.85)]
    [InlineData(0.95)]
    public void ByFuzzyName_NamesWithAndWithoutMatches_SameAsScoringEveryCandidate(double minScore)
    {
        var accounts = DatasetGenerator.Generate(accounts: 3_000, reps: 20, territories: 10, seed: 5).Accounts;
        var index = new AccountIndex(accounts);
        var indexed = Indexed(accounts).ToArray();
        var trigrams = TrigramIndex.Build(indexed.Select(x => x.Name).ToArray());
        var random = new Random(3);
        for (var n = 0; n < 300; n++)
        {
            var query = Query(indexed[random.Next(indexed.Length)].Name, random);
            var expected = trigrams.Candidates(query, 32)
                .Select(id => (indexed[id].Account.Id, Score: JaroWinkler.Similarity(query, indexed[id].Name)))
                .Where(c => c.Score >= minScore)
                .GroupBy(c => c.Id)
                .Select(g => (Id: g.Key, Score: g.Max(c => c.Score)))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(5)
                .ToArray();

            var actual = index.ByFuzzyName(query, minScore, 5).Select(m => (m.Account.Id, m.Score)).ToArray();

            Assert.Equal(expected, actual);
        }
    }

    /// <summary>A misspelt name, a name run into another word, or a name nothing resembles.</summary>
    private static string Query(string name, Random random) => random.Next(3) switch
    {
        0 when name.Length > 3 => name.Remove(1 + random.Next(name.Length - 2), 1),
        1 => name + " boulangerie",
        _ => "boulangerie nouvelle " + random.Next(100),
    };

    /// <summary>The names the index holds, in its order: each account's name then aliases, normalised, once per account.</summary>
    private static IEnumerable<(string Name, Account Account)> Indexed(IReadOnlyList<Account> accounts)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var account in accounts)
        {
            foreach (var raw in account.Aliases.Prepend(account.Name))
            {
                var name = CompanyNames.Normalize(raw);
                if (name.Length > 0 && seen.Add((name, account.Id)))
                {
                    yield return (name, account);
                }
            }
        }
    }
}
