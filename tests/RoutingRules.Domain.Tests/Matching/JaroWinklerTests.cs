using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("microsoft", "microsfot", 0.978)]
    public void Similarity_KnownPairs_MatchReferenceValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Similarity_Identical_IsOne() => Assert.Equal(1.0, JaroWinkler.Similarity("acme", "acme"));

    [Fact]
    public void Similarity_NothingInCommon_IsZero() => Assert.Equal(0.0, JaroWinkler.Similarity("abc", "xyz"));

    [Fact]
    public void Similarity_OneEmpty_IsZero() => Assert.Equal(0.0, JaroWinkler.Similarity("", "acme"));

    [Fact]
    public void Similarity_Swapped_IsSymmetric() =>
        Assert.Equal(JaroWinkler.Similarity("international", "internationl"), JaroWinkler.Similarity("internationl", "international"), 10);

    [Fact]
    public void Similarity_LongStrings_DoNotOverflowStack()
    {
        var a = new string('a', 5000);
        Assert.Equal(1.0, JaroWinkler.Similarity(a, a));
    }

    [Fact]
    public void Jaro_ShortAndLongInputs_AgreeWithTextbookDefinition()
    {
        var random = new Random(3);
        for (var n = 0; n < 3_000; n++)
        {
            var a = RandomText(random, n % 10 == 0 ? 80 : 20);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomText(random, 20);
            Assert.Equal(TextbookJaro(a, b), JaroWinkler.Jaro(a, b), 12);
        }
    }

    // Names with accents or other non-ASCII characters take the scanning path; it must agree too.
    [Fact]
    public void Jaro_NonAsciiInputs_AgreeWithTextbookDefinition()
    {
        var random = new Random(5);
        for (var n = 0; n < 3_000; n++)
        {
            var a = RandomText(random, 20, "aéb ü");
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomText(random, 20, n % 2 == 0 ? "aéb ü" : "abe ");
            Assert.Equal(TextbookJaro(a, b), JaroWinkler.Jaro(a, b), 12);
        }
    }

    /// <summary>The definition spelled out with flag arrays, as an oracle for the optimised code.</summary>
    private static double TextbookJaro(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aFlags = new bool[a.Length];
        var bFlags = new bool[b.Length];
        var m = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j <= Math.Min(b.Length - 1, i + window); j++)
            {
                if (!bFlags[j] && a[i] == b[j])
                {
                    aFlags[i] = bFlags[j] = true;
                    m++;
                    break;
                }
            }
        }

        if (m == 0)
        {
            return 0;
        }

        var aSeq = a.Where((_, i) => aFlags[i]).ToArray();
        var bSeq = b.Where((_, j) => bFlags[j]).ToArray();
        var t = aSeq.Zip(bSeq).Count(p => p.First != p.Second) / 2.0;
        return ((m / (double)a.Length) + (m / (double)b.Length) + ((m - t) / m)) / 3.0;
    }

    private static string RandomText(Random random, int maxLength, string alphabet = "abcde ") =>
        new(Enumerable.Range(0, random.Next(0, maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    private static string Mutate(string s, Random random)
    {
        var chars = s.ToList();
        if (chars.Count > 1)
        {
            var i = random.Next(chars.Count - 1);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        }

        chars.Insert(random.Next(chars.Count + 1), 'x');
        return new string(chars.ToArray());
    }
}

