using RoutingRules.Domain.Routing.Manual;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Manual assignment (AssignLead): ops hand a lead to a rep, superseding the decision in force like
/// an SLA escalation, through the same queue, gate and group commit as RouteLead.
/// </summary>
public sealed partial class LeadAssignmentService
{
    // A lead rerouted or escalated between the read of its decision's trace and the work item is read
    // again; a lead changing that often is left to the caller to try again.
    private const int ManualAssignmentAttempts = 3;

    /// <summary>
    /// Hands the lead to <see cref="ManualAssignmentRequest.RepId"/>, durably (answered once the
    /// batch is synced, as RouteLead is), or answers the decision in force with
    /// <see cref="AssignmentResult.Replay"/> when it is this assignment made before
    /// (<see cref="ManualAssigner.Repeats"/>). The decision in force and its trace are read outside
    /// the gate, then the work item checks under it that the decision is still in force and that the
    /// rep can take the lead against the live workload. Throws <see cref="LeadNotFoundException"/>,
    /// <see cref="RepNotFoundException"/>, <see cref="ManualAssignmentRefusedException"/> (nothing
    /// changed), <see cref="DecisionInForceChangedException"/> when the lead kept changing hands
    /// meanwhile, and <see cref="CommitFailedException"/> when the decision could not be stored.
    /// </summary>
    public async Task<AssignmentResult> AssignManuallyAsync(ManualAssignmentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            var inForce = ReadState(state => state.ActiveForLead(request.LeadId)) ?? throw new LeadNotFoundException(request.LeadId);
            // A decision still being committed has no stored trace yet: wait for its batch (a failed
            // one reloaded the live state, so read the decision in force again).
            if (await WhenSettledAsync(inForce.DecisionId).WaitAsync(cancellationToken).ConfigureAwait(false)
                && _log.Find(inForce.DecisionId) is { } stored)
            {
                try
                {
                    return await Submit(new RoutingWork(new ManualAssignmentCommand(request, stored)), cancellationToken).ConfigureAwait(false);
                }
                catch (DecisionInForceChangedException) when (attempt < ManualAssignmentAttempts)
                {
                }
            }
            else if (attempt >= ManualAssignmentAttempts)
            {
                throw new DecisionInForceChangedException(request.LeadId);
            }
        }
    }

    /// <summary>Under the gate, on the routing thread: replays, refuses or supersedes the decision in force.</summary>
    private void AssignManually(RoutingWork work, ManualAssignmentCommand command)
    {
        var request = command.Request;
        var state = CurrentState();
        var active = state.ActiveForLead(request.LeadId) ?? throw new LeadNotFoundException(request.LeadId);
        if (ManualAssigner.Repeats(active, request))
        {
            lock (_pipeline)
            {
                // The same assignment made before: answered once it is durable, as a RouteLead replay is.
                var inFlight = _inFlight.GetValueOrDefault(active.DecisionId);
                work.Decided(new AssignmentResult(active, Replay: true), routed: null, awaitsBatch: inFlight is not null);
                inFlight?.Waiters.Add(work);
                return;
            }
        }

        if (active.DecisionId != command.Replaced.DecisionId)
        {
            throw new DecisionInForceChangedException(request.LeadId);
        }

        var now = _time.GetUtcNow();
        var snapshot = _snapshots.Current;
        state.Prepare(snapshot, now);
        var rep = snapshot.GetRep(request.RepId) ?? throw new RepNotFoundException(request.RepId);
        var holdsTheLead = string.Equals(active.Decision.Assignee.RepId, rep.Id, StringComparison.Ordinal);
        if (ManualAssigner.Refusal(rep, state.WorkloadOf(rep.Id), snapshot.Policy.Capacity, now, holdsTheLead) is { } why)
        {
            throw new ManualAssignmentRefusedException(request.LeadId, rep.Id, rep.Name, why);
        }

        var version = _router.RuleSetVersion(new RoutingContext(snapshot, state, now));
        var outcome = ManualAssigner.Assign(active, command.Replaced.Trace.Details, rep, request, snapshot.Policy, now, version);
        var decision = NextDecision(state, now, active.IdempotencyKey, active.LeadFingerprint, outcome.Decision, active.DecisionId);
        if (!request.Acknowledged)
        {
            ApplyAndQueue(state, new DecisionCommit(decision, outcome.Changes, active, outcome.Trace, _vocabulary), work);
            return;
        }

        // Taken up at once: stored acknowledged in the same batch, so it is never escalated, even after a crash.
        var acknowledged = decision with { AcknowledgedAt = now };
        ApplyAndQueue(
            state, new DecisionCommit(acknowledged, outcome.Changes, active, outcome.Trace, _vocabulary), work,
            new DecisionAcknowledgement(acknowledged.Sequence, acknowledged.DecisionId, now));
    }
}
