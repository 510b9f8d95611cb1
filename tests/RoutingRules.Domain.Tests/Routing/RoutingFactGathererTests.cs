using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Tests.Routing;

public class RoutingFactGathererTests
{
    private static readonly ReferenceSnapshot Snapshot = ReferenceSnapshot.Build(TestData.Small());
    private static readonly RoutingContext Context = new(Snapshot, new InMemoryLiveState(Snapshot), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    private static readonly Lead OfAccount = new() { Id = "l-a2", Email = "jo@ibm.example", CompanyName = "IBM", Country = "US" };
    private static readonly Lead Anonymous = new() { Id = "l-anon", Email = "jo@gmail.com", Country = "FR", Department = "75" };

    [Fact]
    public void Gather_AfterAnotherLeadOnTheSameThread_SameFactsAsOnAFreshThread()
    {
        var fresh = Describe(OnNewThread(() => RoutingFactGatherer.Gather(Anonymous, Context)));

        var first = RoutingFactGatherer.Gather(OfAccount, Context);
        var second = RoutingFactGatherer.Gather(Anonymous, Context);

        Assert.Contains(first, f => f is AccountCandidate);
        Assert.Contains(first, f => f is RepProfile { Id: "r2" });
        Assert.Equal(fresh, Describe(second));
    }

    [Theory]
    [InlineData(null, null, Model.Segment.MidMarket, Model.SegmentSource.DefaultSegment)]
    [InlineData(null, 60_000_000, Model.Segment.Enterprise, Model.SegmentSource.AnnualRevenue)]
    [InlineData(30, 60_000_000, Model.Segment.Smb, Model.SegmentSource.EmployeeCount)]
    public void Gather_RevenueBands_ProfileSaysWhatItsSegmentCameFrom(int? employees, int? revenue, Model.Segment segment, Model.SegmentSource from)
    {
        var policy = Snapshot.Policy with { Territories = Snapshot.Policy.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m } };
        var snapshot = ReferenceSnapshot.Build(TestData.Small() with { Policy = policy });
        var context = new RoutingContext(snapshot, new InMemoryLiveState(snapshot), Context.Now);

        var profile = (LeadProfile)RoutingFactGatherer.Gather(Anonymous with { EmployeeCount = employees, AnnualRevenue = revenue }, context)[0];

        Assert.Equal((segment, from), (profile.Segment, profile.SegmentFrom));
    }

    [Fact]
    public void Gather_TwiceOnTheSameThread_FirstFactsUnchanged()
    {
        var first = RoutingFactGatherer.Gather(OfAccount, Context);
        var before = Describe(first);

        RoutingFactGatherer.Gather(Anonymous, Context);

        Assert.Equal(before, Describe(first));
    }

    [Fact]
    public void Complete_LeadCompletedFromItsAccount_ReplacesItsProfileTerritoriesAndRepsOnly()
    {
        var lead = new Lead { Id = "l-acme", Email = "jo@acmecorp.com" };
        var facts = RoutingFactGatherer.Gather(lead, Context, out var mark);
        var kept = Describe(facts[1..mark.Start]);
        var profile = (LeadProfile)facts[0];
        var acme = Snapshot.GetAccount("a1")!;
        Assert.True(mark.MayFill);
        Assert.Contains(facts, f => f is NoTerritoryMatch);

        RoutingFactGatherer.Complete(profile.CompletedFrom(acme, LeadFields.Country, Snapshot.Policy), Context, mark, facts);

        var completed = Assert.IsType<LeadProfile>(facts[0]);
        Assert.Equal(("FR", LeadFields.Country), (completed.Lead.Country, completed.Filled));
        Assert.Equal(kept, Describe(facts[1..mark.Start]));
        Assert.DoesNotContain(facts, f => f is NoTerritoryMatch);
        Assert.Contains(facts, f => f is TerritoryMatch { Id: "t-fr" });
        Assert.Single(facts, f => f is RepProfile { Id: "r1" });
        Assert.Equal(Describe(RoutingFactGatherer.Gather(lead with { Country = "FR" }, Context))[mark.Start..], Describe(facts)[mark.Start..]);
    }

    [Fact]
    public void Gather_LeadNoCandidateCanFill_MayNotFill()
    {
        RoutingFactGatherer.Gather(Anonymous, Context, out var anonymous);
        RoutingFactGatherer.Gather(OfAccount with { Industry = "software" }, Context, out var complete);
        var off = new RoutingContext(ReferenceSnapshot.Build(TestData.Small() with
        {
            Policy = RoutingPolicy.Default with { Territories = RoutingPolicy.Default.Territories with { FillFromMatchedAccount = false } },
        }), Context.Live, Context.Now);
        RoutingFactGatherer.Gather(new Lead { Id = "l-acme", Email = "jo@acmecorp.com" }, off, out var switchedOff);

        Assert.False(anonymous.MayFill);
        Assert.False(complete.MayFill);
        Assert.False(switchedOff.MayFill);
    }

    [Fact]
    public void Complete_AfterTheThreadGatheredAnotherLead_Throws()
    {
        var facts = RoutingFactGatherer.Gather(new Lead { Id = "l-acme", Email = "jo@acmecorp.com" }, Context, out var mark);
        RoutingFactGatherer.Gather(Anonymous, Context);

        Assert.Throws<InvalidOperationException>(() =>
            RoutingFactGatherer.Complete(((LeadProfile)facts[0]).CompletedFrom(Snapshot.GetAccount("a1")!, LeadFields.Country, Snapshot.Policy), Context, mark, facts));
    }

    private static string[] Describe(List<object> facts) => facts.Select(f => $"{f.GetType().Name}: {f}").ToArray();

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
