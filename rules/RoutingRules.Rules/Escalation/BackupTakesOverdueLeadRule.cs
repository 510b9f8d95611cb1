namespace RoutingRules.Rules.Escalation;

[Name("Escalation.TerritoryBackup")]
[Description("A lead nobody acknowledged by its escalation time goes to its territory's backup rep, when that rep can take a lead now.")]
[Tag(RoutingRuleSet.EscalationTag)]
[Priority(RuleBands.EscalationToBackup)]
public sealed class BackupTakesOverdueLeadRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        OverdueLead overdue = null!;
        RepProfile backup = null!;

        When()
            .Match(() => policy)
            .Match(() => overdue, o => o.Territory != null && o.Territory.BackupRepId != null)
            .Not<EscalationChoice>()
            .Match(() => backup, r => r.Id == overdue.Territory!.BackupRepId && r.CanTakeLeadAt(overdue.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(EscalationChoice.ToRep(EscalationTarget.TerritoryBackup, backup, ctx.Rule.Name)));
    }
}
