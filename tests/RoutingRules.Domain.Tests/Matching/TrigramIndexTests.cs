using RoutingRules.Domain.Matching;

namespace RoutingRules.Domain.Tests.Matching;

public class TrigramIndexTests
{
    private static readonly string[] Names = ["microsoft", "micron technology", "acme", "acme industries", "siemens", "international business machines"];

    [Fact]
    public void Candidates_ExactName_RankedFirst()
    {
        var index = TrigramIndex.Build(Names);
        Assert.Equal(0, index.Candidates("microsoft", 3)[0]);
    }

    [Fact]
    public void Candidates_Misspelling_FindsIntendedName()
    {
        var index = TrigramIndex.Build(Names);
        Assert.Contains(5, index.Candidates("internationl busines machines", 2));
    }

    [Fact]
    public void Candidates_Max_BoundsResult()
    {
        var index = TrigramIndex.Build(Names);
        Assert.True(index.Candidates("acme", 1).Count <= 1);
        Assert.Empty(index.Candidates("acme", 0));
    }

    [Fact]
    public void Candidates_NoSharedTrigram_Empty() =>
        Assert.Empty(TrigramIndex.Build(Names).Candidates("zzzqqq", 5));

    [Fact]
    public void Candidates_RepeatedQueries_ScratchIsReset()
    {
        var index = TrigramIndex.Build(Names);
        var first = index.Candidates("acme", 6);
        var second = index.Candidates("acme", 6);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Candidates_ManyCommonNames_StillFindsRareMatch()
    {
        var names = Enumerable.Range(0, 50_000).Select(i => $"data systems {i}").Append("zyrtec data systems").ToList();
        var index = TrigramIndex.Build(names);
        Assert.Contains(names.Count - 1, index.Candidates("zyrtek data systems", 10));
    }

    [Fact]
    public void Candidates_UnlimitedBudget_SameRankingAsBruteForceJaccardOfItsGramSize()
    {
        var random = new Random(7);
        var names = Enumerable.Range(0, 400).Select(_ => RandomName(random)).ToList();
        var index = TrigramIndex.Build(names, postingBudget: int.MaxValue);
        for (var q = 0; q < 50; q++)
        {
            var query = RandomName(random);
            var size = query.Length >= TrigramIndex.FourGramMinLength ? 4 : 3;
            var grams = TrigramIndex.Grams(query, size).ToHashSet();
            var expected = names
                .Select((name, id) => (id, set: TrigramIndex.Grams(name, size).ToHashSet()))
                .Select(x => (x.id, shared: x.set.Count(grams.Contains), size: x.set.Count))
                .Where(x => x.shared > 0)
                .OrderByDescending(x => x.shared / (double)(grams.Count + x.size - x.shared))
                .ThenBy(x => x.id)
                .Take(8)
                .Select(x => x.id);

            Assert.Equal(expected, index.Candidates(query, 8));
        }
    }

    [Fact]
    public void Candidates_OneLetterAndRepeatedLetterNames_OnlyTheirOwnTrigrams()
    {
        var index = TrigramIndex.Build(["aaaa", "a", "b"], postingBudget: int.MaxValue);
        Assert.Equal([0], index.Candidates("aaaa", 5));
        Assert.Equal([1], index.Candidates("a", 5));
    }

    [Theory]
    [InlineData("acne", 0)]
    [InlineData("ibn", 1)]
    [InlineData("renalt", 2)]
    [InlineData("internationl busines machines", 3)]
    public void Candidates_TypoInShortOrLongName_FindsIt(string query, int expected)
    {
        var names = new[] { "acme", "ibm", "renault", "international business machines" }
            .Concat(Enumerable.Range(0, 20_000).Select(i => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}cme renault {i}"))
            .ToList();
        Assert.Contains(expected, TrigramIndex.Build(names).Candidates(query, 32));
    }

    private static string RandomName(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => "abcdeé -"[random.Next(8)]));
}

