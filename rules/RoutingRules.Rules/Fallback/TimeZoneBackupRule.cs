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
        IEnumerable<EligibleCandidate> eligible = null!;
        RepProfile backup = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => territory, t => t.Territory.BackupRepId != null)
            .Not<Assignment>()
            .Not<DistributionChoice>()
            .Query(() => eligible, q => q.Match<EligibleCandidate>().Collect())
            .Having(() => eligible.Any() && eligible.All(e => e.Profile.HoursFromLead > policy.Territories.TimeZoneBackupOffset.TotalHours))
            .Match(() => backup, r => r.Id == territory.Territory.BackupRepId
                && r.HoursFromLead <= policy.Territories.TimeZoneBackupOffset.TotalHours && r.CanTakeLeadAt(lead.Now, policy.Capacity));

        Then()
            .Do(ctx => ctx.Insert(Assignment.ToCloserBackup(territory, backup, policy.Territories.TimeZoneBackupOffset)));
    }
}
