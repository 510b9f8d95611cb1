using RoutingRules.Domain.Routing.Commit;
using static RoutingRules.Domain.Tests.Routing.Commit.LeadAssignmentServiceTests;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>Batches are written by the commit thread and acknowledged only once the sync thread has made them durable.</summary>
public sealed class LeadAssignmentServiceSyncTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AssignAsync_WrittenButNotSynced_NotAnsweredUntilTheSync()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        using var held = log.HoldSyncs();

        var call = service.AssignAsync(new AssignmentRequest(Lead("L1")));
        Assert.True(SpinWait.SpinUntil(() => log.All.Count == 1, Patience));
        var replay = service.AssignAsync(new AssignmentRequest(Lead("L1")));
        await Task.Delay(50);

        Assert.False(call.IsCompleted);
        Assert.False(replay.IsCompleted);
        log.SyncAllowed.Set();
        Assert.False((await call).Replay);
        Assert.True((await replay).Replay);
    }

    [Fact]
    public async Task WhenSettledAsync_DecisionInFlight_CompletesOnceItsBatchIsDurable()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        using var held = log.HoldSyncs();
        var call = service.AssignAsync(new AssignmentRequest(Lead("L1")));
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveForLead("L1")) is not null, Patience));
        var decisionId = service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId;

        var settled = service.WhenSettledAsync(decisionId);
        await Task.Delay(50);

        Assert.False(settled.IsCompleted);
        log.SyncAllowed.Set();
        Assert.True(await settled.WaitAsync(Patience));
        await call;
        Assert.True(await service.WhenSettledAsync(decisionId));
        Assert.True(await service.WhenSettledAsync("no-such-decision"));
    }

    [Fact]
    public async Task WhenSettledAsync_BatchWhoseSyncFails_CompletesWithFalse()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        using var held = log.HoldSyncs();
        log.FailNextSyncs = 1;
        var call = service.AssignAsync(new AssignmentRequest(Lead("L1")));
        Assert.True(SpinWait.SpinUntil(() => service.ReadState(s => s.ActiveForLead("L1")) is not null, Patience));

        var settled = service.WhenSettledAsync(service.ReadState(s => s.ActiveForLead("L1"))!.DecisionId);
        log.SyncAllowed.Set();

        Assert.False(await settled.WaitAsync(Patience));
        await Assert.ThrowsAsync<CommitFailedException>(() => call);
    }

    [Fact]
    public async Task AssignAsync_WhileASyncRuns_NextBatchIsWrittenMeanwhile()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        using var held = log.HoldSyncs();

        var first = service.AssignAsync(new AssignmentRequest(Lead("L1")));
        Assert.True(SpinWait.SpinUntil(() => log.All.Count == 1, Patience));
        var second = service.AssignAsync(new AssignmentRequest(Lead("L2")));

        Assert.True(SpinWait.SpinUntil(() => log.All.Count == 2, Patience));
        Assert.False(first.IsCompleted);
        log.SyncAllowed.Set();
        await Task.WhenAll(first, second);
        Assert.Equal(2, log.CommitCount);
    }

    [Fact]
    public async Task AssignAsync_Answered_CallerNeverContinuesOnAServiceThread()
    {
        var log = new InMemoryDecisionLog();
        using var service = Start(log, reps: 3);
        var calls = Enumerable.Range(0, 20).Select(async i =>
        {
            // Without the test framework's context, which would move the continuation itself.
            await service.AssignAsync(new AssignmentRequest(Lead($"L{i}"))).ConfigureAwait(false);
            return Thread.CurrentThread.Name;
        }).ToList();

        // The answers run the callers' code (mapping, writing the reply): on the routing, commit or
        // sync thread it would hold up every other lead.
        foreach (var thread in await Task.WhenAll(calls).WaitAsync(Patience))
        {
            Assert.DoesNotContain(thread, new[] { "lead-routing", "decision-commit", "decision-sync" });
        }
    }

    [Fact]
    public async Task AssignAsync_SyncFails_ThatCallAndEveryLaterOneFail()
    {
        var log = new InMemoryDecisionLog();
        var reported = new List<Exception>();
        var halted = new List<Exception>();
        using var service = Start(log, reps: 3, options: new LeadAssignmentOptions { BackgroundError = reported.Add, Halted = halted.Add });
        await service.AssignAsync(new AssignmentRequest(Lead("L1")));
        log.FailNextSyncs = 1;

        var failed = await Assert.ThrowsAsync<CommitFailedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L2"))));
        var later = await Assert.ThrowsAsync<CommitFailedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L3"))));
        var replay = await Assert.ThrowsAsync<CommitFailedException>(() => service.AssignAsync(new AssignmentRequest(Lead("L1"))));

        Assert.IsType<IOException>(failed.InnerException);
        Assert.Contains("restarts", later.Message);
        Assert.Same(failed.InnerException, replay.InnerException);
        Assert.IsType<IOException>(Assert.Single(reported));
        Assert.Same(reported[0], Assert.Single(halted));
        Assert.Equal(["L1", "L2"], log.All.Select(d => d.LeadId));
    }

    [Fact]
    public async Task Dispose_WithWrittenBatchesWaiting_SyncsThemBeforeStopping()
    {
        var log = new InMemoryDecisionLog();
        var service = Start(log, reps: 3);
        var calls = Enumerable.Range(0, 20).Select(i => service.AssignAsync(new AssignmentRequest(Lead($"L{i}")))).ToList();

        service.Dispose();

        await Task.WhenAll(calls).WaitAsync(Patience);
        Assert.Equal(20, log.All.Count);
        Assert.InRange(log.SyncCount, 1, log.CommitCount);
    }
}
