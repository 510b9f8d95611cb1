namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AbsentOwnerUncovered")]
[Description("An owner on leave with neither backup nor manager present keeps the lead, flagged owner absent, so that ops see it and the SLA escalation reassigns it if nobody responds.")]
[Tag("accounts")]
[Priority(RuleBands.AbsentOwner)]
public sealed class AbsentOwnerUncoveredRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;
        OwnerClaim claim = null!;

        // The flag test keeps the rule from firing again on the claim it flagged.
        When()
            .Match(() => lead)
            .Match(() => claim, c => c.Rep != null && !c.HasDepartedRep && c.Rep.IsAbsentAt(lead.Now) && (c.Flags & RoutingFlags.OwnerAbsent) == 0)
            .Not<RepProfile>(r => r.Id == claim.BackupId && r.CanCoverAbsenceAt(lead.Now))
            .Not<RepProfile>(r => r.Id == claim.ManagerId && r.CanCoverAbsenceAt(lead.Now));

        Then()
            .Do(ctx => ctx.Replace(claim, claim.HandedTo(claim.Rep!, $"{claim.Rep!.Rep.Name} is absent with neither backup nor manager present", RoutingFlags.OwnerAbsent)));
    }
}
