namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AbsentOwnerManager")]
[Description("An owner on leave with no backup present: the owner's manager takes the lead for the absence; ownership is unchanged and the owner is told.")]
[Tag("accounts")]
[Priority(RuleBands.AbsentOwner)]
public sealed class AbsentOwnerManagerRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;
        OwnerClaim claim = null!;
        RepProfile manager = null!;

        // A backup who can cover is Accounts.AbsentOwnerBackup's case; here there is none, or it is away too.
        When()
            .Match(() => lead)
            .Match(() => claim, c => c.Rep != null && !c.HasDepartedRep && c.Rep.IsAbsentAt(lead.Now) && c.ManagerId != null)
            .Not<RepProfile>(r => r.Id == claim.BackupId && r.CanCoverAbsenceAt(lead.Now))
            .Match(() => manager, r => r.Id == claim.ManagerId && r.CanCoverAbsenceAt(lead.Now));

        Then()
            .Do(ctx => ctx.Replace(claim, claim.HandedTo(manager, $"{claim.Rep!.Rep.Name} is absent with no backup present; manager {manager.Rep.Name}", RoutingFlags.OwnerAbsent)));
    }
}
