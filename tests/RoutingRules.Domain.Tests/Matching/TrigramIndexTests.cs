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
}
