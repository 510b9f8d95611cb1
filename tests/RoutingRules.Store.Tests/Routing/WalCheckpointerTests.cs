using RoutingRules.Store.Routing;

namespace RoutingRules.Store.Tests.Routing;

/// <summary>
/// The writer checks the log's length while the checkpoint thread is behind, so that thread must
/// say when it is: it is woken every 16 commits and held up here by <see cref="WalCheckpointer.WhileIdle"/>.
/// </summary>
public sealed class WalCheckpointerTests
{
    [Fact]
    public void Committed_ThreadKeepingUp_IsNotBehind()
    {
        using var db = new TempDatabase();
        using var checkpointer = new WalCheckpointer(db.Options, failed: null);

        var (restartWanted, behind) = checkpointer.Committed();

        Assert.False(restartWanted);
        Assert.False(behind);
    }

    [Fact]
    public void Committed_ThreadHeldUpPastItsRequest_IsBehind()
    {
        using var db = new TempDatabase();
        using var checkpointer = new WalCheckpointer(db.Options, failed: null);

        // While the thread cannot copy it takes at most one request and then waits: the count
        // passes 16 without being taken by the 33rd commit whichever way it is scheduled.
        var reports = checkpointer.WhileIdle(() => Enumerable.Range(0, 33).Select(_ => checkpointer.Committed().Behind).ToList());

        Assert.True(reports[^1]);
        Assert.False(reports[0]);
    }
}
