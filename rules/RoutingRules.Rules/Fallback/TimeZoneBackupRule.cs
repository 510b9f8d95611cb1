namespace RoutingRules.Rules.Fallback;

[Name("Fallback.TimeZoneBackup")]
[Description("Every eligible member is over the backup offset (default 3 h) from the lead's zone: the territory's backup rep takes the lead when its zone is closer to the lead's than every member's (flagged for delayed follow-up while it is still over the offset).")]
[Tag("fallback")]
[Priority(RuleBands.TimeZoneBackup)]
public sealed class TimeZoneBackupRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        ChosenTerritory territory = null!;
        RepProfile backup = null!;

        // "Every eligible member is far" and "the backup is closer than each" as existences and
        // absences: no collection per lead. Closer, not within the offset (DOMAIN.md §4, seed 004:
        // "un fuseau horaire plus proche"): a backup 5 h away beats members 17 h away.
        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.TimeZone != null)
            .Match(() => territory, t => t.Territory.BackupRepId != null)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Exists<EligibleCandidate>()
            .Not<EligibleCandidate>(e => e.Profile.HoursFromLead <= policy.Territories.TimeZoneBackupOffset.TotalHours)
            .Match(() => backup, r => r.Id == territory.Territory.BackupRepId && r.CanTakeLeadAt(lead.Now, policy.Capacity))
            .Not<EligibleCandidate>(e => e.Profile.HoursFromLead <= backup.HoursFromLead);

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToCloserBackup(territory, backup, policy.Territories.TimeZoneBackupOffset)));
    }
}
