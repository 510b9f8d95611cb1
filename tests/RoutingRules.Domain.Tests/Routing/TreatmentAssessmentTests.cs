using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing;

public class TreatmentAssessmentTests
{
    [Theory]
    [InlineData(IntentLevel.High, FitLevel.Strong, "High intent, Strong fit")]
    [InlineData(IntentLevel.Low, FitLevel.Weak, "Low intent, Weak fit")]
    [InlineData(IntentLevel.Medium, FitLevel.Strong, "Medium intent, Strong fit")]
    public void FromTable_IntentAndFit_ReasonNamesBoth(IntentLevel intent, FitLevel fit, string expected)
    {
        var weakOn = fit == FitLevel.Weak ? FitCriteria.Size : FitCriteria.None;
        var lead = new LeadProfile(new Lead { Id = "l1" }, null, false, Model.Segment.MidMarket, intent, weakOn, "en", DateTimeOffset.UnixEpoch);

        var assessment = TreatmentAssessment.FromTable(Treatment.SdrQualification, lead);

        Assert.Equal(expected, assessment.Reason);
        Assert.Equal(TreatmentAssessment.TableRank, assessment.Rank);
    }
}
