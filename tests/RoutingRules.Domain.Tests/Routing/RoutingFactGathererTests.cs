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

    [Fact]
    public void Gather_TwiceOnTheSameThread_FirstFactsUnchanged()
    {
        var first = RoutingFactGatherer.Gather(OfAccount, Context);
        var before = Describe(first);

        RoutingFactGatherer.Gather(Anonymous, Context);

        Assert.Equal(before, Describe(first));
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
