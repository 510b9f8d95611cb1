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
            .Yield(ctx => new WeightAdjustment(candidate.RepId, policy.Capacity.LowQuotaWeightFactor,
                () => $"quota attainment {candidate.Profile.Rep.QuotaAttainment:P0} below {policy.Capacity.QuotaAttainmentThreshold:P0}"));
    }
}
