namespace RoutingRules.Rules.Accounts;

[Name("Accounts.DepartedOwnerTerritory")]
[Description("A claim for a rep who left with neither successor nor manager is dropped: the territory decides.")]
[Tag("accounts")]
[Priority(RuleBands.DepartedOwner - 1)]
public sealed class DepartedOwnerTerritoryRule : Rule
{
    public override void Define()
    {
        OwnerClaim claim = null!;

        When()
            .Match(() => claim, c => c.HasDepartedRep)
            .Not<RepProfile>(r => r.Id == claim.SuccessorId && !r.Rep.Departed)
            .Not<RepProfile>(r => r.Id == claim.ManagerId && !r.Rep.Departed);

        Then()
            .Do(ctx => ctx.Retract(claim));
    }
}
