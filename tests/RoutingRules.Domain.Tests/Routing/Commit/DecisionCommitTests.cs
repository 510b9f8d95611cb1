using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Tests.Routing.Commit;

public sealed class DecisionCommitTests
{
    [Fact]
    public void EncodedTrace_IsTheCompactTraceEncodedOnce()
    {
        var commit = Commit(new RoutingTrace { FiredRules = ["A", "B"], Distribution = "RoundRobin picked rep-a" });

        var first = commit.EncodedTrace;

        Assert.Equal(TraceJson.Serialize(commit.Decision.Trace), TraceJson.Serialize(TraceBinary.Decode(first)));
        Assert.Same(first, commit.EncodeTrace());
        Assert.Same(first, commit.EncodedTrace);
    }

    [Fact]
    public async Task EncodeTrace_RacingThreads_AllGetTheSameEncoding()
    {
        var commit = Commit(new RoutingTrace { FiredRules = ["A"] });
        using var start = new Barrier(4);

        var encodings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return commit.EncodeTrace();
        })));

        Assert.All(encodings, e => Assert.Same(encodings[0], e));
        Assert.Same(encodings[0], commit.EncodedTrace);
    }

    [Fact]
    public void EncodeTraceUnlessTaken_AlreadyEncoded_ReturnsThatEncoding()
    {
        var commit = Commit(new RoutingTrace { FiredRules = ["A"] });
        var first = commit.EncodeTrace();

        Assert.Same(first, commit.EncodeTraceUnlessTaken());
    }

    [Fact]
    public void EncodeTraceUnlessTaken_First_EncodesAndTheCommitReadsThatEncoding()
    {
        var commit = Commit(new RoutingTrace { FiredRules = ["A", "B"] });

        var encoded = commit.EncodeTraceUnlessTaken();

        Assert.NotNull(encoded);
        Assert.Equal(["A", "B"], TraceBinary.Decode(encoded).FiredRules);
        Assert.Same(encoded, commit.EncodedTrace);
    }

    [Fact]
    public void EncodeTrace_TracePassedBesideTheDecision_IsEncodedThenLetGo()
    {
        var (commit, trace) = CommitBesideItsTrace();

        var encoded = commit.EncodeTrace();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal(["A", "B"], TraceBinary.Decode(encoded).FiredRules);
        Assert.Empty(commit.Decision.Trace.FiredRules);
        Assert.False(trace.IsAlive, "the commit still holds its trace after encoding it");
        Assert.Same(encoded, commit.EncodedTrace);
    }

    // Not inlined, so that no local of the test keeps the trace alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (DecisionCommit Commit, WeakReference Trace) CommitBesideItsTrace()
    {
        var trace = new RoutingTrace { FiredRules = ["A", "B"] };
        var decision = Commit(new RoutingTrace()).Decision;
        return (new DecisionCommit(decision, LiveStateChanges.None, null, trace), new WeakReference(trace));
    }

    private static DecisionCommit Commit(RoutingTrace trace) => new(
        new CommittedDecision
        {
            DecisionId = "d1",
            Sequence = 1,
            IdempotencyKey = "L1",
            DecidedAt = DateTimeOffset.UnixEpoch,
            Decision = new RoutingDecision
            {
                LeadId = "L1", Assignee = Assignee.ForQueue("pool"), Level = RoutingLevel.DefaultPool, Treatment = Treatment.SdrQualification,
                RespondBy = DateTimeOffset.UnixEpoch, EscalateAt = DateTimeOffset.UnixEpoch, Reason = "test", RuleSetVersion = "v",
            },
            Trace = trace,
        },
        LiveStateChanges.None,
        null);
}
