namespace RoutingRules.Rules.Accounts;

[Name("Accounts.CompetitorDisqualify")]
[Description("When the policy says so, a competitor's lead is disqualified rather than worked.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class CompetitorDisqualifyRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;

        When()
            .Match<RoutingPolicy>(p => p.Accounts.CompetitorHandling == CompetitorHandling.Disqualify)
            .Match(() => account, a => a.Account.Competitor);

        Then()
            .Yield(ctx => new TreatmentAssessment(Treatment.Disqualify, TreatmentAssessment.OverrideRank, "competitor leads are disqualified"));
    }
}
