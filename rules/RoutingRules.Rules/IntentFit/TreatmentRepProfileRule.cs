namespace RoutingRules.Rules.IntentFit;

[Name("IntentFit.TreatmentRepProfile")]
[Description("The intent x fit treatment asks for its kind of rep: a senior AE for high intent and strong fit, an SDR for SDR qualification or the accelerated track; the deal size and the lead score, when they ask for one, speak first; policy assignment.treatmentSetsRepProfile.")]
[Tag("intent-fit")]
[Priority(RuleBands.Assessment - 1)]
public sealed class TreatmentRepProfileRule : Rule
{
    public override void Define()
    {
        TreatmentAssessment treatment = null!;

        // The treatment that stands (an override or an executive's outranks the table's), once the
        // band's assessments are in; nurture treatments ask for no one in particular.
        When()
            .Match<RoutingPolicy>(p => p.Assignment.TreatmentSetsRepProfile)
            .Match(() => treatment, t => ProfileFor(t.Treatment) != null)
            .Not<TreatmentAssessment>(o => TreatmentAssessment.Outranks(o, treatment));

        Then()
            .Yield(ctx => Requirement(treatment.Treatment));
    }

    private static RequiredProfile? ProfileFor(Treatment treatment) => treatment switch
    {
        Treatment.SeniorAeImmediate => RequiredProfile.SeniorAe,
        Treatment.SdrQualification or Treatment.SdrAccelerated => RequiredProfile.Sdr,
        _ => null,
    };

    private static SeniorityRequirement Requirement(Treatment treatment) => ProfileFor(treatment) switch
    {
        RequiredProfile.SeniorAe => new(RequiredProfile.SeniorAe, SeniorityRequirement.TreatmentRank, "intent x fit: senior AE, immediate response"),
        var profile => new(profile!.Value, SeniorityRequirement.TreatmentRank, "intent x fit: SDR first"),
    };
}
