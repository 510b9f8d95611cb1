using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Escalation;

namespace RoutingRules.Domain.Tests.Routing.Commit;

/// <summary>
/// Test double of <see cref="ILeadRouter"/>: assigns each lead to the rep its company name names,
/// in territory <see cref="Territory"/>, with a 4 h response target and an 8 h escalation; a lead
/// without a company name goes to <see cref="Queue"/>.
/// </summary>
internal sealed class NamedRepTestRouter : ILeadRouter
{
    public const string Territory = "t-1";
    public const string Queue = "default-pool";

    public string RuleSetVersion(RoutingContext context) => "named-rep-v1";

    public EscalationChoice ChooseEscalation(RoutingDecision overdue, IReadOnlySet<string> earlierReps, RoutingContext context) =>
        TestEscalationChoice.Choose(overdue, earlierReps, context);

    public RoutingOutcome Route(Lead lead, RoutingContext context)
    {
        var rep = lead.CompanyName is { } id ? context.Snapshot.GetRep(id) : null;
        var decision = new RoutingDecision
        {
            LeadId = lead.Id,
            Assignee = rep is null ? Assignee.ForQueue(Queue) : Assignee.ForRep(rep.Id, rep.Name),
            Level = rep is null ? RoutingLevel.DefaultPool : RoutingLevel.Territory,
            TerritoryId = Territory,
            TerritoryName = "Territory one",
            Treatment = Treatment.SdrQualification,
            RespondBy = context.Now.AddHours(4),
            EscalateAt = context.Now.AddHours(8),
            Flags = RoutingFlags.TimeZoneMismatch | RoutingFlags.HighAccountActivity,
            Reason = "Test router: the named rep.",
            RuleSetVersion = RuleSetVersion(context),
        };
        return new RoutingOutcome(decision, LiveStateChanges.None, new RoutingTrace { FiredRules = ["NamedRep"] });
    }
}
