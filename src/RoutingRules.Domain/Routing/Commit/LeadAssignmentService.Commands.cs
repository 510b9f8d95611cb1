namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Work items that change a decision in force rather than route a lead: acknowledgements, outcomes,
/// SLA escalations and manual assignments. They go through the routing queue and the gate like a lead, so they see and change
/// the live state in the same order as routing, and their writes join the same group commit.
/// </summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// Records that the assignee acted on the lead: the decision in force gets its acknowledgement
    /// time, durably (the answer waits for the batch's sync, as RouteLead's does). A second call
    /// keeps the first time and answers with <see cref="AssignmentResult.Replay"/> set. Throws
    /// <see cref="LeadNotFoundException"/> for a lead without a decision and
    /// <see cref="NotAssigneeException"/> when <see cref="AcknowledgementRequest.RepId"/> does not
    /// hold the lead.
    /// </summary>
    public Task<AssignmentResult> AcknowledgeAsync(AcknowledgementRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submit(new RoutingWork(request), cancellationToken);
    }

    private Task<AssignmentResult> Submit(RoutingWork work, CancellationToken cancellationToken)
    {
        if (_routingThread is null)
        {
            return Task.FromException<AssignmentResult>(new InvalidOperationException("The assignment service is not started."));
        }

        if (!_queue.TryAdd(work))
        {
            return Task.FromException<AssignmentResult>(new ObjectDisposedException(nameof(LeadAssignmentService)));
        }

        // Once queued the work is done and committed even if this caller gives up; only the wait is cancelled.
        return work.Answer.WaitAsync(cancellationToken);
    }

    /// <summary>Under the gate, on the routing thread.</summary>
    private void RunCommand(RoutingWork work)
    {
        switch (work.Command)
        {
            case AcknowledgementRequest acknowledgement:
                Acknowledge(work, acknowledgement);
                break;
            case OutcomeRequest outcome:
                RecordOutcome(work, outcome);
                break;
            case Escalation.SlaEscalationRequest escalation:
                Escalate(work, escalation);
                break;
            case Manual.ManualAssignmentCommand assignment:
                AssignManually(work, assignment);
                break;
            default:
                throw new InvalidOperationException($"Unknown routing work: {work.Command?.GetType().Name}.");
        }
    }

    private void Acknowledge(RoutingWork work, AcknowledgementRequest request)
    {
        var state = CurrentState();
        var active = state.ActiveForLead(request.LeadId) ?? throw new LeadNotFoundException(request.LeadId);
        var holder = active.Decision.Assignee;
        if (request.RepId is { } repId && !string.Equals(holder.RepId, repId, StringComparison.Ordinal))
        {
            throw new NotAssigneeException(request.LeadId, repId, holder);
        }

        lock (_pipeline)
        {
            if (active.AcknowledgedAt is not null)
            {
                // Already acknowledged: answered once that acknowledgement (and its decision) is durable.
                var pending = _acknowledgementsInFlight.GetValueOrDefault(active.DecisionId) ?? _inFlight.GetValueOrDefault(active.DecisionId);
                work.Decided(new AssignmentResult(active, Replay: true), routed: null, awaitsBatch: pending is not null);
                pending?.Waiters.Add(work);
                return;
            }

            var acknowledged = active with { AcknowledgedAt = _time.GetUtcNow() };
            state.Acknowledge(acknowledged);
            var batch = _pending;
            batch.Acknowledgements.Add(new DecisionAcknowledgement(
                acknowledged.Sequence, acknowledged.DecisionId, acknowledged.AcknowledgedAt.Value, holder.QueueName));
            _acknowledgementsInFlight[acknowledged.DecisionId] = batch;
            work.Decided(new AssignmentResult(acknowledged, Replay: false), routed: null, awaitsBatch: true);
            batch.Waiters.Add(work);
        }
    }
}
