namespace RoutingRules.Rules.Capacity;

[Name("Capacity.TimeZonePreference")]
[Description("A rep more than the backup offset (default 3 h) from the lead's zone gives way to a closer one.")]
[Tag("capacity")]
[Priority(RuleBands.TimeZone)]
public sealed class TimeZonePreferenceRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        EligibleCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.HoursFromLead > policy.Territories.TimeZoneBackupOffset.TotalHours)
            .Exists<EligibleCandidate>(o => o.Profile.HoursFromLead < candidate.Profile.HoursFromLead && o.Profile.HoursFromLead <= policy.Territories.TimeZoneBackupOffset.TotalHours);

        Then()
            .Do(ctx => ctx.Insert(Exclusion.Of(candidate.Candidate, "time zone too far", candidate.Profile.HoursFromLead, policy.Territories.TimeZoneBackupOffset.TotalHours)));
    }
}
