using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Routing.Reassignment;

/// <summary>
/// What a decision that takes a lead from the decision in force without routing it again (an SLA
/// escalation, a manual assignment) keeps of that decision: its territory, account, treatment,
/// priority and lead score, the flags that describe the lead itself, a fresh SLA of the lead's type
/// counted from now, and a trace built on the replaced decision's (the lead, its account match,
/// treatment and SLA) around the new decision's own fact.
/// </summary>
public static class CarriedOver
{
    /// <summary>
    /// What the lead is or did, which stays true whoever holds it; the other flags were about the
    /// replaced assignment (its capacity, absence, time zone, a created account, how it was made,
    /// the partner manager told of the lead's arrival: a hand-over between our reps tells them nothing new).
    /// </summary>
    public const RoutingFlags LeadFlags =
        RoutingFlags.ManualReviewMatch | RoutingFlags.HighAccountActivity | RoutingFlags.IpNetworkAccount | RoutingFlags.NoTerritoryMatch;

    /// <summary>
    /// <paramref name="previous"/> handed to <paramref name="assignee"/> at <paramref name="level"/>:
    /// the new SLA, flags and reason, the rest as it was (a next-contact time was the previous
    /// assignee's, so it goes).
    /// </summary>
    public static RoutingDecision Decision(
        RoutingDecision previous, Assignee assignee, RoutingLevel level, FreshSla sla, RoutingFlags flags, string reason, string ruleSetVersion) =>
        previous with
        {
            Assignee = assignee,
            Level = level,
            RespondBy = sla.RespondBy,
            EscalateAt = sla.EscalateAt,
            Flags = flags,
            NextContactAt = null,
            Reason = reason,
            RuleSetVersion = ruleSetVersion,
        };

    /// <summary>
    /// The SLA of the lead's type in the policy now in force, from <paramref name="now"/> (in the
    /// lead's working hours when that rule counts them); for a decision whose trace does not say the
    /// type (<paramref name="before"/> is its trace), its own response and escalation delays again.
    /// </summary>
    public static FreshSla Sla(CommittedDecision current, TraceDetails? before, RoutingPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(policy);
        if (before?.Sla is { } sla && Enum.TryParse<LeadType>(sla.LeadType, out var type) && policy.Sla.For(type) is { } rule)
        {
            // As a lead routed now, with no submission time: nothing waited upstream.
            var window = SlaClock.Window(null, now, rule, WorkingHours.For(policy, before.Lead.TimeZone, before.Lead.Country), policy.Sla.EscalateInWorkingHours);
            return new FreshSla(window.RespondBy, window.EscalateAt, rule.BusinessDays, window.BusinessHoursZone, window.AfterHolidays);
        }

        var d = current.Decision;
        return new FreshSla(now + (d.RespondBy - current.DecidedAt), now + (d.EscalateAt - current.DecidedAt), null, null, false);
    }

    /// <summary>
    /// The new decision's trace details: the lead as <paramref name="before"/> (the replaced
    /// decision's trace, null when it is gone) routed it, seen from <paramref name="now"/>, with the
    /// fresh SLA, the one <paramref name="fact"/> that says what happened and the <paramref name="flags"/>
    /// raised for it; <paramref name="rule"/> is the rule that chose, as the only firing (null when no rule chose).
    /// </summary>
    public static TraceDetails Details(
        TraceDetails? before, FreshSla sla, RoutingPolicy policy, string ruleSetVersion, DateTimeOffset now, TraceFact fact, IReadOnlyList<TraceFlag> flags, string? rule) => new()
    {
        RuleSetVersion = ruleSetVersion,
        PolicyVersion = PolicyFingerprint.Short(policy),
        Lead = (before?.Lead ?? new TraceLead()) with { Now = now },
        Accounts = before?.Accounts ?? [],
        LeadAccountId = before?.LeadAccountId,
        OwningAccountId = before?.OwningAccountId,
        OwningAccountName = before?.OwningAccountName,
        Firings = rule is null ? [] : [new TraceFiring(0, rule, [0], [])],
        Facts = [fact],
        Treatment = before?.Treatment,
        // A fresh SLA counts from the hand-over, not from the lead's submission: the new assignee never had the lead before.
        Sla = before?.Sla is { } previous
            ? previous with { RespondBy = sla.RespondBy, EscalateAt = sla.EscalateAt, BusinessDays = sla.BusinessDays ?? previous.BusinessDays, StartedAt = null, BusinessHoursZone = sla.Zone, AfterHolidays = sla.AfterHolidays ? true : null }
            : null,
        HotReasons = before?.HotReasons ?? [],
        Flags = flags,
        DecidingRule = rule,
        AssigningRule = rule,
    };
}
