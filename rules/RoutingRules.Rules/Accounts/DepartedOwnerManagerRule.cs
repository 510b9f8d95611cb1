namespace RoutingRules.Rules.Accounts;

[Name("Accounts.DepartedOwnerManager")]
[Description("A claim for a rep who left without a successor passes to the rep's manager.")]
[Tag("accounts")]
[Priority(RuleBands.DepartedOwner)]
public sealed class DepartedOwnerManagerRule : Rule
{
    public override void Define()
    {
        OwnerClaim claim = null!;
        RepProfile manager = null!;

        When()
            .Match(() => claim, c => c.HasDepartedRep && c.ManagerId != null)
            .Not<RepProfile>(r => r.Id == claim.SuccessorId && !r.Rep.Departed)
            .Match(() => manager, r => r.Id == claim.ManagerId && !r.Rep.Departed);

        Then()
            .Do(ctx => ctx.Replace(claim, claim.HandedTo(manager, $"{claim.Rep!.Rep.Name} left without successor; manager {manager.Rep.Name}", RoutingFlags.None)));
    }
}
