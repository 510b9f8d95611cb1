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
}
