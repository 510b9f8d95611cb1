namespace RoutingRules.Rules.Capacity;

[Name("Capacity.DelayedFollowUp")]
[Description("A rep far from the lead's zone (over the backup offset, default 3 h) gets it anyway, flagged with the next business-hours time in the lead's zone (weekends and its holidays skipped).")]
[Tag("capacity")]
[Priority(RuleBands.Flags)]
public sealed class DelayedFollowUpRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Assignment assignment = null!;

        When()
            .Match(() => policy)
            .Match(() => lead, l => l.Lead.TimeZone != null)
            .Match(() => assignment, a => a.Rep != null && a.Rep.HoursFromLead > policy.Territories.TimeZoneBackupOffset.TotalHours);

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.TimeZoneMismatch,
                $"{assignment.Rep!.Rep.Name} is {assignment.Rep.HoursFromLead} h from the lead",
                ZoneClock.NextBusinessHours(
                    lead.Now, lead.Lead.TimeZone, policy.Territories.BusinessHoursStart, policy.Territories.BusinessHoursEnd, policy.Territories.HolidaysFor(lead.Lead.Country))));
    }
}
