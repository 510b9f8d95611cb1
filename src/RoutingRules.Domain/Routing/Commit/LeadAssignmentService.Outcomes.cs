namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Outcomes (RecordOutcome): what became of a lead under its decision in force, through the same
/// queue, gate and group commit as RouteLead and AcknowledgeLead, so an outcome answered OK is durable.
/// </summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// Records <see cref="OutcomeRequest.Outcome"/> for the lead's decision in force, durably (the
    /// answer waits for the batch's sync, as RouteLead's does). The same outcome again changes
    /// nothing and answers with <see cref="AssignmentResult.Replay"/> set and the time first
    /// recorded; a different one replaces it. Throws <see cref="LeadNotFoundException"/> for a lead
    /// without a decision and <see cref="OutcomeBeforeDecisionException"/> for an outcome dated
    /// before that decision; nothing is recorded then.
    /// </summary>
    public Task<AssignmentResult> RecordOutcomeAsync(OutcomeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submit(new RoutingWork(request), cancellationToken);
    }

    /// <summary>Under the gate, on the routing thread.</summary>
    private void RecordOutcome(RoutingWork work, OutcomeRequest request)
    {
        var state = CurrentState();
        var active = state.ActiveForLead(request.LeadId) ?? throw new LeadNotFoundException(request.LeadId);
        var now = _time.GetUtcNow();
        // A caller's clock a little ahead (the server refuses more) is taken as now: an outcome is never after its recording.
        var at = request.At is { } given && given < now ? given : now;
        if (at < active.DecidedAt)
        {
            throw new OutcomeBeforeDecisionException(request.LeadId, active.DecisionId, active.DecidedAt, at);
        }

        lock (_pipeline)
        {
            if (active.Outcome?.Outcome == request.Outcome)
            {
                // Recorded already: answered once that outcome (and its decision) is durable.
                var pending = _outcomesInFlight.GetValueOrDefault(active.DecisionId) ?? _inFlight.GetValueOrDefault(active.DecisionId);
                work.Decided(new AssignmentResult(active, Replay: true), routed: null, awaitsBatch: pending is not null);
                pending?.Waiters.Add(work);
                return;
            }

            var recorded = active with { Outcome = new RecordedOutcome(request.Outcome, at, now) };
            state.RecordOutcome(recorded);
            var batch = _pending;
            batch.Outcomes.Add(new DecisionOutcome(recorded.Sequence, recorded.DecisionId, recorded.Outcome));
            _outcomesInFlight[recorded.DecisionId] = batch;
            work.Decided(new AssignmentResult(recorded, Replay: false), routed: null, awaitsBatch: true);
            batch.Waiters.Add(work);
        }
    }
}
