using System.Diagnostics;
using RoutingRules.Domain.Routing.Health;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// A queued lead and its caller's one answer. The answer is given from a pool work item, never
/// from the routing, commit or sync thread: by <see cref="PublishAll"/> when no commit is awaited
/// (a failure, or a replay of a durable decision), otherwise by the <see cref="CommitBatch"/> that
/// makes the decision durable. The callers of a chunk or batch resume one after another on that
/// pool thread (the completion source runs continuations where it completes).
/// </summary>
internal sealed class RoutingWork
{
    private readonly TaskCompletionSource<AssignmentResult> _answer = new();
    private readonly LatencyHistogram? _timeToAssign;
    private readonly long _queuedAt;
    private AssignmentResult? _result;
    private DecisionCommit? _routed;
    private Exception? _failure;
    private bool _awaitsBatch;

    /// <summary>A lead to route; with <paramref name="timeToAssign"/>, the time from here until its new decision is durable is recorded there.</summary>
    public RoutingWork(AssignmentRequest request, LatencyHistogram? timeToAssign = null)
    {
        Request = request;
        // Taken here, on the caller's thread, not on the routing thread every lead waits for.
        Fingerprint = LeadFingerprint.Of(request.Lead);
        _timeToAssign = timeToAssign;
        _queuedAt = timeToAssign is null ? 0 : Stopwatch.GetTimestamp();
    }

    /// <summary>
    /// A work item that changes a decision in force instead of routing a lead: an <see cref="AcknowledgementRequest"/>,
    /// an <see cref="OutcomeRequest"/>, an <see cref="Escalation.SlaEscalationRequest"/> or a <see cref="Manual.ManualAssignmentCommand"/>.
    /// </summary>
    public RoutingWork(object command) => Command = command;

    /// <summary>The lead to route; null for a <see cref="Command"/>.</summary>
    public AssignmentRequest? Request { get; }

    public object? Command { get; }

    /// <summary>The fields of <see cref="Request"/>'s lead, which a replay of its decision must match.</summary>
    public LeadFingerprint Fingerprint { get; }

    /// <summary>The caller's answer: the decision once durable (or replayed), or the failure.</summary>
    public Task<AssignmentResult> Answer => _answer.Task;

    /// <summary>
    /// Records the decision (on the routing thread). <paramref name="routed"/> is the commit of a
    /// freshly routed lead, whose trace the publishing work item encodes; when
    /// <paramref name="awaitsBatch"/>, the batch the caller was added to gives the answer.
    /// </summary>
    public void Decided(AssignmentResult result, DecisionCommit? routed, bool awaitsBatch) =>
        (_result, _routed, _awaitsBatch) = (result, routed, awaitsBatch);

    /// <summary>Records a failure that belongs to this lead only; <see cref="PublishAll"/> answers with it.</summary>
    public void Failed(Exception failure) => _failure = failure;

    /// <summary>Publishes <paramref name="works"/> in order from a pool work item, never from the routing thread that calls this.</summary>
    public static void PublishAll(RoutingWork[] works) =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static decided =>
            {
                foreach (var work in decided)
                {
                    work.Publish();
                }
            },
            works,
            preferLocal: false);

    /// <summary>Answers with the decision; from the pool work item of the batch that made it durable.</summary>
    public void Acknowledge()
    {
        // A replay answers with a decision assigned earlier: it took no time to assign.
        if (_timeToAssign is not null && _result is { Replay: false })
        {
            _timeToAssign.Record(Stopwatch.GetElapsedTime(_queuedAt));
        }

        _answer.TrySetResult(_result!);
    }

    /// <summary>Answers with a failure; from a pool work item.</summary>
    public void Fail(Exception failure) => _answer.TrySetException(failure);

    private void Publish()
    {
        if (_failure is not null)
        {
            _answer.TrySetException(_failure);
        }
        else if (_routed is { } routed)
        {
            // The trace, the commit thread's largest cost, is encoded here on the pool while the next
            // leads route, unless the commit thread reached it first. The batch answers.
            _routed = null;
            routed.EncodeTraceUnlessTaken();
        }
        else if (!_awaitsBatch)
        {
            Acknowledge();
        }
    }
}
