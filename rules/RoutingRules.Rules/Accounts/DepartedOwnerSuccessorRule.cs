namespace RoutingRules.Rules.Accounts;

[Name("Accounts.DepartedOwnerSuccessor")]
[Description("A claim for a rep who left the company passes to the rep's successor.")]
[Tag("accounts")]
[Priority(RuleBands.DepartedOwner)]
public sealed class DepartedOwnerSuccessorRule : Rule
{
    public override void Define()
    {
        OwnerClaim claim = null!;
        RepProfile successor = null!;

        When()
            .Match(() => claim, c => c.HasDepartedRep && c.SuccessorId != null)
            .Match(() => successor, r => r.Id == claim.SuccessorId && !r.Rep.Departed);

        Then()
            .Do(ctx => ctx.Replace(claim, claim.HandedTo(successor, $"{claim.Rep!.Rep.Name} left; successor {successor.Rep.Name}", RoutingFlags.None)));
    }
}
