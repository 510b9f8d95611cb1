namespace RoutingRules.Rules.Capacity;

[Name("Capacity.LowQuotaWeight")]
[Description("A rep under the quota-attainment threshold (default 70%) gets a reduced allocation weight; not an exclusion.")]
[Tag("capacity")]
[Priority(RuleBands.Exclusions)]
public sealed class LowQuotaWeightRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        Candidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate, c => c.Profile.Rep.QuotaAttainment < policy.Capacity.QuotaAttainmentThreshold);

        Then()
            .Yield(ctx => Reduced(candidate, policy));
    }

    // A method rather than a lambda inside the action: a lambda nested in the action's expression
    // tree is turned into a delegate by reflection each time the action runs, which costs more
    // than the two percentages whose formatting the deferred reason saves.
    private static WeightAdjustment Reduced(Candidate candidate, RoutingPolicy policy) =>
        new(candidate.RepId, policy.Capacity.LowQuotaWeightFactor,
            () => $"quota attainment {candidate.Profile.Rep.QuotaAttainment:P0} below {policy.Capacity.QuotaAttainmentThreshold:P0}");
}
