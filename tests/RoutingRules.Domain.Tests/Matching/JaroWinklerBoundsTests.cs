using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class JaroWinklerBoundsTests
{
    [Fact]
    public void MaxSimilarity_RandomPairs_NeverBelowTheSimilarity()
    {
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var a = RandomName(random);
            var b = RandomName(random);
            var bound = JaroWinklerBounds.MaxSimilarity(a.Length, b.Length, Shared(a, b));
            Assert.True(JaroWinkler.Similarity(a, b) <= bound, $"{a} / {b}");
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.75)]
    [InlineData(0.9)]
    public void JaroNeeded_RandomPairs_NoPairBelowItReachesTheScore(double minScore)
    {
        var needed = JaroWinklerBounds.JaroNeeded(minScore);
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
}
