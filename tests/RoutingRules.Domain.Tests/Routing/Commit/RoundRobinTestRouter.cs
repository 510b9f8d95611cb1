using RoutingRules.Domain.Model;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// Test double of <see cref="ILeadRouter"/> (not the product's rule-based router): round-robin over
/// the snapshot's reps in id order, skipping reps at their open-leads cap, else the default queue.
/// Leads whose company is "NewCo" report a sighting of newco.com and create its account on the third one.
/// </summary>
internal sealed class RoundRobinTestRouter(int cap) : ILeadRouter
{
    public const string Territory = "t-test";
    public const string Queue = "default-pool";

    public string RuleSetVersion(RoutingContext context) => "test-router-v1";

    /// <summary>Overdue leads wait in the escalation queue (the escalation rules are tested elsewhere).</summary>
    public EscalationChoice ChooseEscalation(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context) =>
        EscalationChoice.ToQueue(RoutingRules.Domain.Routing.Facts.FallbackQueues.From(context.Snapshot).Escalation, "Escalation.Queue");

    public RoutingOutcome Route(Lead lead, RoutingContext context)
    {
        var reps = context.Snapshot.Reps.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var start = context.Live.RoundRobinCursor(Territory);
        Assignee? assignee = null;
        TerritoryCursor? cursor = null;
        for (var i = 0; i < reps.Count && assignee is null; i++)
        {
            var index = (int)((start + i) % reps.Count);
            if (context.Live.WorkloadOf(reps[index].Id).OpenLeads < (reps[index].OpenLeadsCap ?? cap))
            {
                assignee = Assignee.ForRep(reps[index].Id, reps[index].Name);
                cursor = new TerritoryCursor(Territory, start + i + 1);
            }
        }

        var changes = new LiveStateChanges { Cursor = cursor };
        if (lead.CompanyName == "NewCo")
        {
            var seen = context.Live.UnknownDomain("newco.com")?.LeadCount ?? 0;
            changes = changes with
            {
                SightedDomain = "newco.com",
                CreatedAccount = seen == 2 ? new Account { Id = "acc-newco", Name = "NewCo", Domains = ["newco.com"] } : null,
            };
        }

        var decision = new RoutingDecision
        {
            LeadId = lead.Id,
            Assignee = assignee ?? Assignee.ForQueue(Queue),
            Level = assignee is null ? RoutingLevel.DefaultPool : RoutingLevel.Territory,
            TerritoryId = Territory,
            AccountId = lead.CompanyName,
            Treatment = Treatment.SdrQualification,
            RespondBy = context.Now.AddHours(4),
            EscalateAt = context.Now.AddHours(8),
            Reason = "Test router: next rep in rotation.",
            RuleSetVersion = RuleSetVersion(context),
        };
        return new RoutingOutcome(decision, changes, new RoutingTrace { FiredRules = ["TestRoundRobin"] });
    }
}
