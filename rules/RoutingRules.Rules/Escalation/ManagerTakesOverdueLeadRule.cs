namespace RoutingRules.Rules.Escalation;

[Name("Escalation.Manager")]
[Description("No backup can take the overdue lead: the manager of the rep who did not respond takes it, when the manager can take a lead now.")]
[Tag(RoutingRuleSet.EscalationTag)]
[Priority(RuleBands.EscalationToManager)]
public sealed class ManagerTakesOverdueLeadRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OverdueLead overdue = null!;
        RepProfile manager = null!;

        When()
            .Match(() => policy)
            .Match(() => overdue, o => o.Holder != null && o.Holder.ManagerId != null)
            .Not<EscalationChoice>()
            .Match(() => manager, r => r.Id == overdue.Holder!.ManagerId && r.CanTakeLeadAt(overdue.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(EscalationChoice.ToRep(EscalationTarget.Manager, manager, ctx.Rule.Name)));
    }
}
