using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Routing.Escalation;

/// <summary>
/// The facts of one escalation session: the <see cref="OverdueLead"/>, the policy, the fallback
/// queues, and a <see cref="RepProfile"/> (with its live workload) for each rep who may take the
/// lead: the territory's backup, the holder's manager and the territory's members, in that order,
/// never the holder or a rep who held the lead before, so a chain of escalations ends. The lead's
/// time zone is not kept with its decision, so the profiles' distance from it is 0.
/// </summary>
public static class EscalationFactGatherer
{
    public static List<object> Gather(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context)
    {
        ArgumentNullException.ThrowIfNull(overdue);
        ArgumentNullException.ThrowIfNull(earlierReps);
        ArgumentNullException.ThrowIfNull(context);
        var snapshot = context.Snapshot;
        var territory = overdue.TerritoryId is { } territoryId ? snapshot.GetTerritory(territoryId) : null;
        var holderId = overdue.Assignee.RepId;
        var holder = holderId is null ? null : snapshot.GetRep(holderId);
        var facts = new List<object> { new OverdueLead(overdue, territory, holder, context.Now), snapshot.Policy, FallbackQueues.From(snapshot) };

        var seen = new HashSet<string>(StringComparer.Ordinal);
        AddCandidate(territory?.BackupRepId);
        AddCandidate(holder?.ManagerId);
        foreach (var member in territory?.MemberRepIds ?? [])
        {
            AddCandidate(member);
        }

        return facts;

        void AddCandidate(string? repId)
        {
            if (repId is null || repId == holderId || earlierReps.Contains(repId) || !seen.Add(repId) || snapshot.GetRep(repId) is not { } rep)
            {
                return;
            }

            facts.Add(new RepProfile(rep, context.Live.WorkloadOf(rep.Id), 0));
        }
    }
}
