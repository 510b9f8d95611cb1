using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class SharedCharactersTests
{
    [Theory]
    [InlineData("boulangerie", "orange", 6)]
    [InlineData("aab", "abbb", 2)]
    [InlineData("acme", "xyz", 0)]
    [InlineData("acme", "", 0)]
    public void With_AsciiName_CountsCommonCharactersAsMultisets(string query, string name, int expected)
    {
        var shared = new SharedCharacters(query, stackalloc byte[128], stackalloc byte[128]);
        Assert.Equal(expected, shared.With(name));
    }

    [Fact]
    public void With_CalledAgain_GivesTheSameCount()
    {
        var shared = new SharedCharacters("nouvelle", stackalloc byte[128], stackalloc byte[128]);
        var first = shared.With("nouvel");
        Assert.Equal(6, first);
        Assert.Equal(first, shared.With("nouvel"));
    }

    [Theory]
    [InlineData("société", "societe")]
    [InlineData("societe", "société")]
    public void With_NonAscii_GivesNoBound(string query, string name)
    {
        var shared = new SharedCharacters(query, stackalloc byte[128], stackalloc byte[128]);
        Assert.Equal(-1, shared.With(name));
    }

    [Fact]
    public void MaxSimilarity_RandomPairs_NeverBelowTheSimilarity()
    {
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var a = RandomName(random);
            var b = RandomName(random);
            var bound = JaroWinkler.MaxSimilarity(a.Length, b.Length, Shared(a, b));
            Assert.True(JaroWinkler.Similarity(a, b) <= bound, $"{a} / {b}");
        }
    }

    private static int Shared(string query, string name) => new SharedCharacters(query, stackalloc byte[128], stackalloc byte[128]).With(name);

    private static string RandomName(Random random)
    {
        // A small alphabet so that pairs share many characters and some prefixes.
        var chars = new char[random.Next(1, 24)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = "aeionrst "[random.Next(9)];
        }

        return new string(chars);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.75)]
    [InlineData(0.9)]
    public void JaroNeeded_RandomPairs_NoPairBelowItReachesTheScore(double minScore)
    {
        var needed = JaroWinkler.JaroNeeded(minScore);
        var random = new Random(13);
        for (var n = 0; n < 20_000; n++)
        {
            var a = RandomName(random);
            var b = RandomName(random);
            if (JaroWinkler.Jaro(a, b) < needed)
            {
                Assert.True(JaroWinkler.Similarity(a, b) < minScore, $"{a} / {b}");
            }
        }
    }
}
