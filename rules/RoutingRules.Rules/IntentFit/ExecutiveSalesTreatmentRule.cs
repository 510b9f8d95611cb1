namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.ExecutiveSalesTreatment")]
[Description("Executive contacts are worked by sales as high intent is (senior AE when the fit is strong, SDR qualification when weak), never left to marketing nurture: they are hot with the shorter SLA.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment)]
public sealed class ExecutiveSalesTreatmentRule : Rule
{
    public override void Define()
    {
        LeadProfile lead = null!;

        When()
            .Match(() => lead, l => l.IsExecutive && l.Intent != IntentLevel.High);

        Then()
            .Yield(ctx => TreatmentAssessment.ForExecutive(lead));
    }
}
