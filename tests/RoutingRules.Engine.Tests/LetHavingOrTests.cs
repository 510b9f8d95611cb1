using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class LetHavingOrTests
{
    [Fact]
    public void Fire_LetAndHaving_BindComputedValueAndFilterOnIt()
    {
        var (session, recorder) = Engine.Session(typeof(BoostedRule));
        session.InsertAll([new Lead(1, "vip.com", 45), new Lead(2, "vip.com", 30), new Lead(3, "x.com", 80)]);

        session.Fire();

        Assert.Equal(["Lead 1 boosted to 90"], recorder.Entries);
    }

    [Fact]
    public void Update_LetInputChanges_LetRecomputed()
    {
        var (session, recorder) = Engine.Session(typeof(BoostedRule));
        var lead = new Lead(1, "vip.com", 10);
        session.Insert(lead);
        Assert.Equal(0, session.AgendaCount);

        lead.Score = 41;
        session.Update(lead);
        session.Fire();

        Assert.Equal(["Lead 1 boosted to 82"], recorder.Entries);
    }

    [Fact]
    public void Fire_OrGroup_FiresForEachMatchingBranch()
    {
        var (session, recorder) = Engine.Session(typeof(InterestingLeadRule));
        session.InsertAll([new Lead(1, "a", 95), new Lead(2, "vip.com", 1), new Lead(3, "b", 1)]);

        session.Fire();

        Assert.Equal(["interesting Lead 1", "interesting Lead 2"], recorder.Entries.Order());
    }

    [Fact]
    public void Fire_OrWithAndBranch_JoinsInsideBranch()
    {
        var (session, recorder) = Engine.Session(typeof(HotOrKnownRule));
        session.InsertAll([new Lead(1, "a", 10), new Lead(2, "b", 10), new Account(1, "b")]);

        session.Fire();

        Assert.Equal(["Lead 2"], recorder.Entries);
    }

    private sealed class BoostedRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            var boosted = 0;
            When()
                .Match(() => recorder)
                .Match(() => lead, l => l.Domain.StartsWith("vip"))
                .Let(() => boosted, () => lead.Score * 2)
                .Having(() => boosted > 80);
            Then().Do(ctx => recorder.Add($"{lead} boosted to {boosted}"));
        }
    }

    private sealed class InterestingLeadRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When()
                .Match(() => recorder)
                .Or(x => x
                    .Match(() => lead, l => l.Score > 90)
                    .Match(() => lead, l => l.Domain == "vip.com"));
            Then().Do(ctx => recorder.Add($"interesting {lead}"));
        }
    }

    private sealed class HotOrKnownRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => recorder)
                .Or(x => x
                    .And(y => y.Match(() => lead, l => l.Score > 90))
                    .And(y => y
                        .Match(() => lead)
                        .Match(() => account, a => a.Domain == lead.Domain)));
            Then().Do(ctx => recorder.Add($"{lead}"));
        }
    }
}
