namespace RoutingRules.Rules.Capacity;

[Name("Capacity.ProductPreference")]
[Description("A lead interested in a product prefers the members who specialise in it (a rep's products); when no eligible member does, all stay candidates.")]
[Tag("capacity")]
[Priority(RuleBands.Product)]
public sealed class ProductPreferenceRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;
        EligibleCandidate candidate = null!;

        When()
            .Match(() => lead, l => !string.IsNullOrWhiteSpace(l.Lead.ProductInterest))
            .Match(() => candidate, c => !c.Profile.KnowsProduct(lead.Lead.ProductInterest!))
            .Exists<EligibleCandidate>(o => o.Profile.KnowsProduct(lead.Lead.ProductInterest!));

        Then()
            .Do(ctx => ctx.Insert(Exclusion.Of(candidate.Candidate, "not a specialist of the lead's product",
                string.Join(",", candidate.Profile.Rep.Products), lead.Lead.ProductInterest!.Trim())));
    }
}
