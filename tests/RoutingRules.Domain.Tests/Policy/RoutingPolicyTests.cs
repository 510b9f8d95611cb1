using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;

namespace RoutingRules.Domain.Tests.Policy;

public class RoutingPolicyTests
{
    private readonly RoutingPolicy _p = RoutingPolicy.Default;

    [Fact]
    public void Default_AccountThresholds_MatchSpecification()
    {
        Assert.Equal(50_000m, _p.Accounts.AmHandOffContractValue);
        Assert.Equal((6, 12), (_p.Accounts.ChurnWinBackMonths, _p.Accounts.ChurnTreatAsNewMonths));
        Assert.Equal((3, TimeSpan.FromHours(2)), (_p.Accounts.HighActivityLeadCount, _p.Accounts.HighActivityWindow));
        Assert.Equal(1000, _p.Accounts.EnterpriseEmployeeThreshold);
        Assert.Equal((0.80, 0.70), (_p.Matching.FuzzyMatchThreshold, _p.Matching.FuzzyReviewThreshold));
    }

    [Fact]
    public void Default_CapacityAndScoring_MatchSpecification()
    {
        var c = _p.Capacity;
        Assert.Equal((50, 10, TimeSpan.FromMinutes(10), 0.70), (c.OpenLeadsCap, c.OverdueFollowUpsCap, c.CoolDown, c.QuotaAttainmentThreshold));
        Assert.Equal((1.0, 2.0, 3.0, 0.5), (c.WorkloadWeights.OpenLeads, c.WorkloadWeights.AssignedToday, c.WorkloadWeights.OverdueFollowUps, c.WorkloadWeights.ActiveOpportunities));
        var w = c.RepScoreWeights;
        Assert.Equal((10.0, 8.0, 6.0, 5.0, 7.0, 4.0), (w.GeographyMatch, w.IndustryExperience, w.Capacity, w.ResponseTime, w.ConversionRate, w.SourcePerformance));
        Assert.Equal(20, _p.Queues.QueueAlertThreshold);
        Assert.Equal((10_000m, 50_000m, 80, 50), (_p.Assignment.SmallDealMax, _p.Assignment.LargeDealMin, _p.Assignment.HighLeadScore, _p.Assignment.LowLeadScore));
        Assert.Equal([RoutingDimension.Vertical, RoutingDimension.Geography, RoutingDimension.Segment], _p.Territories.DimensionPriority);
    }

    [Fact]
    public void Default_Sla_DemoRequest15And30Minutes()
    {
        var demo = _p.Sla.For(LeadType.DemoRequest);
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30)), (demo.ResponseTarget, demo.EscalateAfter));
        Assert.True(_p.Sla.For(LeadType.ContentDownload).BusinessDays);
    }

    [Theory]
    [InlineData(null, Segment.MidMarket)]
    [InlineData(10, Segment.Smb)]
    [InlineData(49, Segment.Smb)]
    [InlineData(50, Segment.MidMarket)]
    [InlineData(499, Segment.MidMarket)]
    [InlineData(500, Segment.Enterprise)]
    public void SegmentFor_EmployeeCounts_DefaultBands(int? employees, Segment expected) =>
        Assert.Equal(expected, _p.Territories.SegmentFor(employees, null));
}
