namespace RoutingRules.Rules.Capacity;

[Name("Capacity.LanguagePreference")]
[Description("Reps who speak the lead's language (default English when unknown) are preferred.")]
[Tag("capacity")]
[Priority(RuleBands.Language)]
public sealed class LanguagePreferenceRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        EligibleCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => candidate, c => !c.Profile.Speaks(lead.Language))
            .Exists<EligibleCandidate>(o => o.Profile.Speaks(lead.Language));

        Then()
            .Do(ctx => ctx.Insert(Exclusion.Of(candidate.Candidate, "does not speak the lead's language", string.Join(",", candidate.Profile.Rep.Languages), lead.Language)));
    }
}
