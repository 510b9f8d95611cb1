namespace RoutingRules.Rules.Fallback;

[Name("Fallback.TerritoryBackup")]
[Description("Every member of the territory excluded: the territory's backup rep takes the lead (capacity overflow).")]
[Tag("fallback")]
[Priority(RuleBands.Backup)]
public sealed class TerritoryBackupRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        ChosenTerritory territory = null!;
        RepProfile backup = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => territory, t => t.Territory.BackupRepId != null)
            .Not<Assignment>()
            .Match(() => backup, r => r.Id == territory.Territory.BackupRepId && r.CanTakeLeadAt(lead.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToBackup(territory, backup, null)));
    }
}
