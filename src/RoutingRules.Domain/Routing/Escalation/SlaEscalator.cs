using System.Globalization;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Logic;
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

    // What the lead is or did, which stays true whoever holds it; the others were about the
    // previous assignment (its capacity, absence, time zone, a created account).
    private const RoutingFlags LeadFlags =
        RoutingFlags.ManualReviewMatch | RoutingFlags.HighAccountActivity | RoutingFlags.IpNetworkAccount | RoutingFlags.NoTerritoryMatch;

    /// <summary>True when <paramref name="decision"/> is due: assigned to a rep, not acknowledged, its escalation time reached.</summary>
    public static bool IsDue(CommittedDecision decision, DateTimeOffset now) =>
        decision.AcknowledgedAt is null && decision.Decision.Assignee.RepId is not null && decision.Decision.EscalateAt <= now;

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
        var (respondBy, escalateAt, businessDays, zone) = FreshSla(current, before, policy, now);
        var flags = (previous.Flags & LeadFlags) | RoutingFlags.SlaEscalated;
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
        var decision = previous with
        {
            Assignee = assignee,
            Level = RoutingLevel.SlaEscalation,
            RespondBy = respondBy,
            EscalateAt = escalateAt,
            Flags = flags,
            NextContactAt = null,
            Reason = reason,
            RuleSetVersion = ruleSetVersion,
        };
        var fact = new TraceFact(FactType, new Dictionary<string, string>
        {
            ["previousRep"] = previous.Assignee.RepId ?? string.Empty,
            ["previousRepName"] = previous.Assignee.RepName ?? string.Empty,
            ["previousDecision"] = current.DecisionId,
            ["missedAt"] = missedAt.ToString("O", CultureInfo.InvariantCulture),
            ["target"] = target.ToString(),
        });
        var details = new TraceDetails
        {
            RuleSetVersion = ruleSetVersion,
            PolicyVersion = PolicyFingerprint.Short(policy),
            // The lead as it was routed (the account it matched, its intent and fit), seen from now.
            Lead = (before?.Lead ?? new TraceLead()) with { Now = now },
            Accounts = before?.Accounts ?? [],
            LeadAccountId = before?.LeadAccountId,
            OwningAccountId = before?.OwningAccountId,
            OwningAccountName = before?.OwningAccountName,
            Firings = [new TraceFiring(0, rule, [0], [])],
            Facts = [fact],
            Treatment = before?.Treatment,
            // A fresh SLA counts from the escalation, not from the lead's submission: the new assignee never had the lead before.
            Sla = before?.Sla is { } sla
                ? sla with { RespondBy = respondBy, EscalateAt = escalateAt, BusinessDays = businessDays ?? sla.BusinessDays, StartedAt = null, BusinessHoursZone = zone }
                : null,
            HotReasons = before?.HotReasons ?? [],
            Flags = [new TraceFlag(nameof(RoutingFlags.SlaEscalated), reason, rule, null)],
            DecidingRule = rule,
            AssigningRule = rule,
        };
        return new RoutingOutcome(decision, LiveStateChanges.None, new RoutingTrace { FiredRules = [rule], Details = details });
    }

    /// <summary>
    /// The SLA of the lead's type in the policy now in force, from <paramref name="now"/> (in the
    /// lead's working hours when that rule counts them); for a decision whose trace does not say the
    /// type, its own response and escalation delays again.
    /// </summary>
    private static (DateTimeOffset RespondBy, DateTimeOffset EscalateAt, bool? BusinessDays, string? Zone) FreshSla(
        CommittedDecision current, TraceDetails? before, RoutingPolicy policy, DateTimeOffset now)
    {
        if (before?.Sla is { } sla && Enum.TryParse<LeadType>(sla.LeadType, out var type) && policy.Sla.For(type) is { } rule)
        {
            var hours = WorkingHours.For(policy, before.Lead.TimeZone, before.Lead.Country);
            var respondBy = SlaClock.RespondBy(now, rule, hours);
            return (respondBy, SlaClock.EscalateAt(now, respondBy, rule, hours), rule.BusinessDays, rule.CountsBusinessHours ? hours.ZoneId : null);
        }

        var d = current.Decision;
        return (now + (d.RespondBy - current.DecidedAt), now + (d.EscalateAt - current.DecidedAt), null, null);
    }
}
