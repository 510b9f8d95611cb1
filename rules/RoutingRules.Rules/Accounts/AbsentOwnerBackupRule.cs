namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AbsentOwnerBackup")]
[Description("An owner on leave: the owner's backup takes the lead for the absence; ownership is unchanged and the owner is told.")]
[Tag("accounts")]
[Priority(RuleBands.AbsentOwner)]
public sealed class AbsentOwnerBackupRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;
        OwnerClaim claim = null!;
        RepProfile backup = null!;

        When()
            .Match(() => lead)
            .Match(() => claim, c => c.Rep != null && c.Rep.IsAbsentAt(lead.Now) && c.BackupId != null)
            .Match(() => backup, r => r.Id == claim.BackupId && r.CanCoverAbsenceAt(lead.Now));

        Then()
            .Do(ctx => ctx.Replace(claim, claim.HandedTo(backup, $"{claim.Rep!.Rep.Name} is absent; backup {backup.Rep.Name}", RoutingFlags.OwnerAbsent)));
    }
}
