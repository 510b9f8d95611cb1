namespace RoutingRules.Rules.Capacity;

[Name("Capacity.DepartedMember")]
[Description("A territory member who left the company is excluded.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class DepartedMemberRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.Rep.Departed);

        Then()
            .Yield(ctx => Exclusion.Of(candidate, "left the company", "departed", "employed"));
    }
}
