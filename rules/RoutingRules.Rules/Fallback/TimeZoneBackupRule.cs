namespace RoutingRules.Rules.Fallback;

[Name("Fallback.TimeZoneBackup")]
[Description("Every eligible member is over the backup offset (default 3 h) from the lead's zone: the territory's backup rep, within it, takes the lead.")]
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

        // "Every eligible member is far" as an existence and an absence: no collection per lead.
        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.TimeZone != null)
            .Match(() => territory, t => t.Territory.BackupRepId != null)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Exists<EligibleCandidate>()
            .Not<EligibleCandidate>(e => e.Profile.HoursFromLead <= policy.Territories.TimeZoneBackupOffset.TotalHours)
            .Match(() => backup, r => r.Id == territory.Territory.BackupRepId
                && r.HoursFromLead <= policy.Territories.TimeZoneBackupOffset.TotalHours && r.CanTakeLeadAt(lead.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToCloserBackup(territory, backup, policy.Territories.TimeZoneBackupOffset)));
    }
}
