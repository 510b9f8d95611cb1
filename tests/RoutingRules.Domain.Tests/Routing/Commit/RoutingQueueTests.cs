using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class RoutingQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Take_MoreQueuedThanMax_TakesMaxInOrder()
    {
        var queue = new RoutingQueue();
        var works = Enumerable.Range(0, 5).Select(i => Work($"L{i}")).ToList();
        works.ForEach(w => Assert.True(queue.TryAdd(w)));
        var taken = new List<RoutingWork>();

        Assert.True(queue.Take(taken, 3, wait: true));
        Assert.Equal(works.Take(3), taken);
        Assert.True(queue.Take(taken, 10, wait: false));
        Assert.Equal(works, taken);
    }

    [Fact]
    public void Take_EmptyWithoutWaiting_TakesNothing()
    {
        var taken = new List<RoutingWork>();

        Assert.False(new RoutingQueue().Take(taken, 3, wait: false));
        Assert.Empty(taken);
    }

    [Fact]
    public async Task Take_Empty_WaitsForTheNextLead()
    {
        var queue = new RoutingQueue();
        var taken = new List<RoutingWork>();
        var reader = Task.Run(() => queue.Take(taken, 3, wait: true));
        await Task.Delay(50);
        Assert.False(reader.IsCompleted);

        var work = Work("L1");
        queue.TryAdd(work);

        Assert.True(await reader.WaitAsync(Patience));
        Assert.Same(work, Assert.Single(taken));
    }

    [Fact]
    public async Task Complete_WakesTheReader_QueuedLeadsAreStillTakenAndNewOnesRefused()
    {
        var queue = new RoutingQueue();
        var waiting = Task.Run(() => queue.Take([], 3, wait: true));
        await Task.Delay(50);
        queue.Complete();
        Assert.False(await waiting.WaitAsync(Patience));

        var other = new RoutingQueue();
        var queued = Work("L1");
        other.TryAdd(queued);
        other.Complete();
        var taken = new List<RoutingWork>();

        Assert.False(other.TryAdd(Work("L2")));
        Assert.True(other.Take(taken, 3, wait: true));
        Assert.Same(queued, Assert.Single(taken));
        Assert.False(other.Take(taken, 3, wait: true));
    }

    private static RoutingWork Work(string leadId) => new(new AssignmentRequest(new Lead { Id = leadId }));
}
