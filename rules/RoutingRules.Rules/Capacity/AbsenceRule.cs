namespace RoutingRules.Rules.Capacity;

[Name("Capacity.Absence")]
[Description("A rep inside an absence period (vacation, leave) is excluded.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class AbsenceRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.IsAbsentAt(lead.Now));

        Then()
            .Yield(ctx => Exclusion.Of(candidate, "absent", lead.Now, "absence period"));
    }
}
