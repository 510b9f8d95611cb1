using System.Globalization;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Reassignment;
using RoutingRules.Domain.Snapshot;

namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// The decision that takes a lead from a rep who did not acknowledge it by its escalation time
/// (DOMAIN.md §5), once the escalation rules chose who takes it (<see cref="ILeadRouter.ChooseEscalation"/>;
/// by default the territory's backup rep, else the holder's manager, else the escalation queue):
/// the new assignee, a fresh SLA, the flags that stay true of the lead, a reason and a trace that
/// names the choosing rule. A queue is never escalated, and the rules see no rep who held the lead
/// before, so a chain of escalations ends.
/// </summary>
public static class SlaEscalator
{
    /// <summary>The type of the one fact an escalation's trace records.</summary>
    public const string FactType = "SlaEscalation";

    /// <summary>
    /// True when <paramref name="decision"/> is due: assigned to a rep, not acknowledged, without a
    /// closed outcome (a lead converted, lost, disqualified or sent to nurture was acted on, whether
    /// or not anyone acknowledged it), its escalation time reached.
    /// </summary>
    public static bool IsDue(CommittedDecision decision, DateTimeOffset now) =>
        decision.AcknowledgedAt is null && decision.Decision.Assignee.RepId is not null && decision.Outcome is not { IsClosed: true }
        && decision.Decision.EscalateAt <= now;

    /// <summary>
    /// The escalation of <paramref name="current"/> (the decision in force, due) at <paramref name="now"/>
    /// to <paramref name="choice"/>; <paramref name="request"/> carries its stored trace.
    /// </summary>
    public static RoutingOutcome Escalate(
        CommittedDecision current, SlaEscalationRequest request, EscalationChoice choice, ReferenceSnapshot snapshot, ILiveState live, DateTimeOffset now, string ruleSetVersion)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var policy = snapshot.Policy;
        var previous = current.Decision;
        var (target, assignee, rule) = (choice.Target, choice.Assignee, choice.Rule);
        var before = request.Decision.Trace.Details;
        var sla = CarriedOver.Sla(current, before, policy, now);
        var flags = (previous.Flags & CarriedOver.LeadFlags) | RoutingFlags.SlaEscalated;
        if (assignee.QueueName is { } queue && live.QueueLength(queue) >= policy.Queues.QueueAlertThreshold)
        {
            flags |= RoutingFlags.QueueCapacityAlert;
        }

        var previousRep = $"{previous.Assignee.RepName} ({previous.Assignee.RepId})";
        var missedAt = previous.EscalateAt.ToUniversalTime();
        var reason = $"escalated: no response from {previousRep} by {missedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; "
            + target switch
            {
                EscalationTarget.TerritoryBackup => $"{assignee.RepName} ({assignee.RepId}), backup of {previous.TerritoryName ?? previous.TerritoryId}, takes it",
                EscalationTarget.Manager => $"{assignee.RepName} ({assignee.RepId}), the manager, takes it",
                EscalationTarget.Rep => $"{assignee.RepName} ({assignee.RepId}) takes it",
                _ => $"no backup or manager can take it; it waits in the {assignee.QueueName} queue",
            };
        var decision = CarriedOver.Decision(previous, assignee, RoutingLevel.SlaEscalation, sla, flags, reason, ruleSetVersion);
        var fact = new TraceFact(FactType, new Dictionary<string, string>
        {
            ["previousRep"] = previous.Assignee.RepId ?? string.Empty,
            ["previousRepName"] = previous.Assignee.RepName ?? string.Empty,
            ["previousDecision"] = current.DecisionId,
            ["missedAt"] = missedAt.ToString("O", CultureInfo.InvariantCulture),
            ["target"] = target.ToString(),
        });
        var flag = new TraceFlag(nameof(RoutingFlags.SlaEscalated), reason, rule, null);
        var details = CarriedOver.Details(before, sla, policy, ruleSetVersion, now, fact, [flag], rule);
        return new RoutingOutcome(decision, LiveStateChanges.None, new RoutingTrace { FiredRules = [rule], Details = details });
    }
}
