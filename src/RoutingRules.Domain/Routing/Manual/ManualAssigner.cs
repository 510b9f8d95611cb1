using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Reassignment;

namespace RoutingRules.Domain.Routing.Manual;

/// <summary>
/// The decision that hands a lead to the rep ops chose (AssignLead): level <see cref="RoutingLevel.Manual"/>,
/// what the replaced decision said of the lead (<see cref="CarriedOver"/>), a fresh SLA, a reason that
/// names who assigned it and why, and a trace whose one fact records that and the previous assignee.
/// No rule chooses, so the trace has no firing; the rep must still be able to take the lead
/// (<see cref="Refusal"/>), as no rep may exceed a cap.
/// </summary>
public static class ManualAssigner
{
    /// <summary>The type of the one fact a manual assignment's trace records.</summary>
    public const string FactType = "ManualAssignment";

    /// <summary>
    /// Why <paramref name="rep"/> cannot take a lead by hand at <paramref name="now"/>, or null when
    /// they can. A rep who left the company or is absent (on leave) cannot, nor one at or over the
    /// open-leads cap (their own, else the policy's): those are the limits no routing crosses. Ops may
    /// override what only makes routing prefer someone else: being in a meeting or away for the
    /// moment, the cool-down, overdue follow-ups, language and time zone. A lead the rep holds
    /// already does not count against the cap: taken again, it is given back at the same time.
    /// </summary>
    public static string? Refusal(Rep rep, RepWorkload workload, CapacityPolicy capacity, DateTimeOffset now, bool holdsTheLead)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(capacity);
        if (rep.Departed)
        {
            return "they have left the company";
        }

        if (rep.IsAbsentAt(now))
        {
            return "they are absent (an absence period covers now)";
        }

        var cap = rep.OpenLeadsCap ?? capacity.OpenLeadsCap;
        var open = workload.OpenLeads - (holdsTheLead ? 1 : 0);
        return open >= cap
            ? $"they have {open} open {(open == 1 ? "lead" : "leads")}, at or over {(rep.OpenLeadsCap is null ? "the policy's" : "their own")} cap of {cap}"
            : null;
    }

    /// <summary>
    /// True when <paramref name="current"/>, the decision in force, is this very assignment made
    /// before: by hand, to the same rep, with the same reason and the same author (a retry).
    /// </summary>
    public static bool Repeats(CommittedDecision current, ManualAssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        var decision = current.Decision;
        return decision.Level == RoutingLevel.Manual
            && string.Equals(decision.Assignee.RepId, request.RepId, StringComparison.Ordinal)
            // Composed with the name the decision recorded: a rep renamed since still repeats it.
            && string.Equals(decision.Reason, Reason(decision.Assignee.RepName ?? string.Empty, request.RepId, request), StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="current"/> (the decision in force; <paramref name="before"/> is its stored
    /// trace, null when gone) handed to <paramref name="rep"/> at <paramref name="now"/>.
    /// </summary>
    public static RoutingOutcome Assign(
        CommittedDecision current, TraceDetails? before, Rep rep, ManualAssignmentRequest request, RoutingPolicy policy, DateTimeOffset now, string ruleSetVersion)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(request);
        var previous = current.Decision;
        var sla = CarriedOver.Sla(current, before, policy, now);
        var fromQueue = previous.Assignee.IsQueue;
        var flags = (previous.Flags & CarriedOver.LeadFlags) | RoutingFlags.ManualAssignment | (fromQueue ? RoutingFlags.TakenFromQueue : RoutingFlags.None);
        var reason = Reason(rep.Name, rep.Id, request);
        var decision = CarriedOver.Decision(previous, Assignee.ForRep(rep.Id, rep.Name), RoutingLevel.Manual, sla, flags, reason, ruleSetVersion);
        var fact = new TraceFact(FactType, new Dictionary<string, string>
        {
            ["assignedBy"] = request.AssignedBy ?? string.Empty,
            ["reason"] = request.Reason,
            ["previousRep"] = previous.Assignee.RepId ?? string.Empty,
            ["previousRepName"] = previous.Assignee.RepName ?? string.Empty,
            ["previousQueue"] = previous.Assignee.QueueName ?? string.Empty,
            ["previousDecision"] = current.DecisionId,
        });
        List<TraceFlag> raised = [new(nameof(RoutingFlags.ManualAssignment), reason, null, null)];
        if (fromQueue)
        {
            raised.Add(new TraceFlag(nameof(RoutingFlags.TakenFromQueue), $"taken from the {previous.Assignee.QueueName} queue", null, null));
        }

        var details = CarriedOver.Details(before, sla, policy, ruleSetVersion, now, fact, raised, rule: null);
        return new RoutingOutcome(decision, LiveStateChanges.None, new RoutingTrace { FiredRules = [], Details = details });
    }

    /// <summary>The decision's reason, in English like every recorded reason: to whom, by whom (when said), why.</summary>
    private static string Reason(string repName, string repId, ManualAssignmentRequest request) =>
        request.AssignedBy is { } by
            ? $"assigned by hand to {repName} ({repId}) by {by}: {request.Reason}"
            : $"assigned by hand to {repName} ({repId}): {request.Reason}";
}
