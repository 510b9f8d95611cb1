using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The assignee's part of a trace: what explains the decision to them, without any other rep's
/// name, id or figures (other candidates, losing claims, distribution inputs, firings and the
/// the facts they refer to, and the free-text members, which name reps, are dropped).
/// </summary>
public static class TraceRedactor
{
    public static RoutingTrace ForAssignee(RoutingTrace trace, RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(decision);
        var assignee = decision.Assignee.RepId;
        var details = trace.Details;
        return new RoutingTrace
        {
            FiredRules = trace.FiredRules,
            Details = details is null ? null : details with
            {
                Accounts = details.Accounts.Select(a => a with { OwnerId = a.OwnerId == assignee ? a.OwnerId : null }).ToList(),
                PreviousOwners = details.PreviousOwners.Where(p => p.RepId == assignee).ToList(),
                Firings = [],
                Facts = [],
                Claims = details.Claims.Where(c => c.Won).Select(c => c with { Reason = string.Empty }).ToList(),
                Candidates = details.Candidates.Where(c => c.RepId == assignee).ToList(),
                Distribution = details.Distribution is { } d && d.ChosenRepId == assignee ? d with { Inputs = string.Empty, Figures = null } : null,
                Notes = details.Notes.Where(n => (n["rep"] ?? assignee) == assignee && (n["owner"] ?? assignee) == assignee && (n["firstOwner"] ?? assignee) == assignee).ToList(),
                Flags = details.Flags.Select(f => f with { Reason = string.Empty }).ToList(),
            },
        };
    }
}
