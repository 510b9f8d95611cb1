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
}
