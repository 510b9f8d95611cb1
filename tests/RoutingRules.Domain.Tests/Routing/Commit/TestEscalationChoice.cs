using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Escalation;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// The test routers' stand-in for the escalation rules (which live in RoutingRules.Rules, out of
/// this project's reach): over the facts the real gatherer offers, the first available of the
/// territory's backup and the holder's manager, else the escalation queue, under the default
/// rules' names. The rules themselves are tested in RoutingRules.Rules.Tests (EscalationScenarioTests).
/// </summary>
internal static class TestEscalationChoice
{
    public static EscalationChoice Choose(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context)
    {
        var facts = EscalationFactGatherer.Gather(overdue, earlierReps, context);
        var lead = facts.OfType<OverdueLead>().Single();
        var capacity = context.Snapshot.Policy.Capacity;
        var available = facts.OfType<RepProfile>().Where(r => r.CanTakeLeadAt(context.Now, capacity)).ToList();
        if (available.Find(r => r.Id == lead.Territory?.BackupRepId) is { } backup)
        {
            return EscalationChoice.ToRep(EscalationTarget.TerritoryBackup, backup, "Escalation.TerritoryBackup");
        }

        if (available.Find(r => r.Id == lead.Holder?.ManagerId) is { } manager)
        {
            return EscalationChoice.ToRep(EscalationTarget.Manager, manager, "Escalation.Manager");
        }

        return EscalationChoice.ToQueue(facts.OfType<FallbackQueues>().Single().Escalation, "Escalation.Queue");
    }
}
