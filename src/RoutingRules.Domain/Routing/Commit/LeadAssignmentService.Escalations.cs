using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// SLA escalation: decisions assigned to a rep, unacknowledged past their escalation time, are
/// superseded like a reroute, through the same queue, gate and group commit as RouteLead.
/// </summary>
public sealed partial class LeadAssignmentService
{
    /// <summary>
    /// Escalates the decisions due now (<see cref="SlaEscalator.IsDue"/>), at most
    /// <see cref="LeadAssignmentOptions.MaxEscalationsPerSweep"/> of them, longest overdue first,
    /// unless the policy turns automatic escalation off. Only the due decisions are read under the
    /// gate (the live state keeps them in escalation order, <see cref="LiveState.DueForEscalation"/>);
    /// each decision's trace and the lead's earlier reps are read from the log outside it, then each escalation is queued as a work item and decided again under the gate (a lead
    /// acknowledged, rerouted or escalated meanwhile is left alone). Returns how many were
    /// escalated once durable; a failed escalation goes to <see cref="LeadAssignmentOptions.BackgroundError"/>
    /// and is tried again by the next sweep.
    /// </summary>
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken = default)
    {
        if (!_snapshots.Current.Policy.Sla.AutoEscalation)
        {
            return 0;
        }

        var now = _time.GetUtcNow();
        var max = _options.MaxEscalationsPerSweep;
        var due = ReadState(state => state.DueForEscalation(now, max));
        var escalations = new List<Task<AssignmentResult>>(due.Count);
        foreach (var decision in due)
        {
            // Still in flight (not yet in the log): the next sweep finds it stored.
            if (_log.Find(decision.DecisionId) is not { } stored)
            {
                continue;
            }

            var earlierReps = _log.History(decision.LeadId).Select(d => d.Decision.Assignee.RepId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            escalations.Add(Submit(new RoutingWork(new SlaEscalationRequest(stored, earlierReps)), cancellationToken));
        }

        var escalated = 0;
        foreach (var escalation in escalations)
        {
            try
            {
                escalated += (await escalation.ConfigureAwait(false)).Replay ? 0 : 1;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                _options.BackgroundError?.Invoke(failure);
            }
        }

        return escalated;
    }

    /// <summary>Under the gate, on the routing thread: supersedes the decision if it is still the one due.</summary>
    private void Escalate(RoutingWork work, SlaEscalationRequest request)
    {
        var state = CurrentState();
        var now = _time.GetUtcNow();
        var snapshot = _snapshots.Current;
        var active = state.ActiveForLead(request.Decision.LeadId);
        if (active is null || active.DecisionId != request.Decision.DecisionId || !SlaEscalator.IsDue(active, now) || !snapshot.Policy.Sla.AutoEscalation)
        {
            // Acknowledged, rerouted or escalated since the sweep read it (or escalation turned off): nothing to do.
            work.Decided(new AssignmentResult(active ?? request.Decision, Replay: true), routed: null, awaitsBatch: false);
            return;
        }

        state.Prepare(snapshot, now);
        var context = new RoutingContext(snapshot, state, now);
        var version = _router.RuleSetVersion(context);
        var choice = _router.ChooseEscalation(active.Decision, request.EarlierReps, context);
        var outcome = SlaEscalator.Escalate(active, request, choice, snapshot, state, now, version);
        var decision = NextDecision(state, now, active.IdempotencyKey, active.LeadFingerprint, outcome.Decision, active.DecisionId);
        ApplyAndQueue(state, new DecisionCommit(decision, outcome.Changes, active, outcome.Trace, _vocabulary), work);
    }
}
