namespace RoutingRules.Rules.Capacity;

[Name("Capacity.UnavailableStatus")]
[Description("A rep whose status is not available (in a meeting, away) is excluded.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class UnavailableStatusRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => c.Profile.Rep.Status != RepStatus.Available);

        Then()
            .Yield(ctx => Exclusion.Of(candidate, "not available", candidate.Profile.Rep.Status, RepStatus.Available));
    }
}
