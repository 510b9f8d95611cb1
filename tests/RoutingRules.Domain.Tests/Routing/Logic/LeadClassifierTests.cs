using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

/// <summary>Fit from the ideal customer profile (DOMAIN.md §5): company size, lead score and industry.</summary>
public sealed class LeadClassifierTests
{
    private static readonly RoutingPolicy Profile = RoutingPolicy.Default with
    {
        Assignment = RoutingPolicy.Default.Assignment with { IdealCustomerIndustries = ["Software", "manufacturing"] },
    };

    // Mid-market, score at the low band, a listed industry: fits on every criterion.
    private static readonly Lead Fitting = new() { Id = "l1", EmployeeCount = 200, Score = 50, Industry = "software" };

    [Fact]
    public void Fit_EveryCriterionMet_Strong()
    {
        Assert.Equal(FitCriteria.None, LeadClassifier.WeakOn(Fitting, Profile));
        Assert.Equal(FitLevel.Strong, LeadClassifier.Fit(Fitting, Profile));
    }

    [Theory]
    [InlineData(49, null, null, FitCriteria.Size)]
    [InlineData(null, 49, null, FitCriteria.Score)]
    [InlineData(null, null, "retail", FitCriteria.Industry)]
    [InlineData(10, 20, "retail", FitCriteria.Size | FitCriteria.Score | FitCriteria.Industry)]
    public void Fit_ACriterionFails_WeakOnIt(int? employees, int? score, string? industry, FitCriteria expected)
    {
        var lead = Fitting with
        {
            EmployeeCount = employees ?? Fitting.EmployeeCount,
            Score = score ?? Fitting.Score,
            Industry = industry ?? Fitting.Industry,
        };

        Assert.Equal(expected, LeadClassifier.WeakOn(lead, Profile));
        Assert.Equal(FitLevel.Weak, LeadClassifier.Fit(lead, Profile));
    }

    [Fact]
    public void Fit_NothingKnown_StrongForMissingDataFailsNothing()
    {
        var lead = new Lead { Id = "l2" };

        Assert.Equal(FitCriteria.None, LeadClassifier.WeakOn(lead, Profile));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Fit_IndustryUnknown_NotAgainstFitEvenWithOnlySecondaryIndustries(string? industry)
    {
        var lead = Fitting with { Industry = industry, SecondaryIndustries = ["retail"] };

        Assert.Equal(FitLevel.Strong, LeadClassifier.Fit(lead, Profile));
    }

    [Theory]
    [InlineData("SOFTWARE")]
    [InlineData("Manufacturing")]
    public void Fit_IndustryInOtherCase_FitsAsVerticalTerritoriesCompare(string industry)
    {
        Assert.Equal(FitLevel.Strong, LeadClassifier.Fit(Fitting with { Industry = industry }, Profile));
    }

    [Fact]
    public void Fit_SecondaryIndustryListed_Fits()
    {
        var lead = Fitting with { Industry = "retail", SecondaryIndustries = ["logistics", "MANUFACTURING"] };

        Assert.Equal(FitCriteria.None, LeadClassifier.WeakOn(lead, Profile));
    }

    [Fact]
    public void Fit_NeitherPrimaryNorSecondaryListed_WeakOnIndustry()
    {
        var lead = Fitting with { Industry = "retail", SecondaryIndustries = ["logistics"] };

        Assert.Equal(FitCriteria.Industry, LeadClassifier.WeakOn(lead, Profile));
    }

    [Fact]
    public void Fit_DefaultPolicyListsNoIndustry_EveryIndustryFits()
    {
        Assert.Empty(RoutingPolicy.Default.Assignment.IdealCustomerIndustries);
        Assert.Equal(FitLevel.Strong, LeadClassifier.Fit(Fitting with { Industry = "retail" }, RoutingPolicy.Default));
    }

    [Fact]
    public void Fit_UnknownSizeWhenTheDefaultSegmentIsSmb_WeakOnSize()
    {
        var policy = Profile with { Territories = Profile.Territories with { DefaultSegment = Model.Segment.Smb } };

        Assert.Equal(FitCriteria.Size, LeadClassifier.WeakOn(Fitting with { EmployeeCount = null }, policy));
    }

    [Theory]
    [InlineData(null, 9_999_999, FitCriteria.Size)]
    [InlineData(null, 0, FitCriteria.Size)]
    [InlineData(null, 10_000_000, FitCriteria.None)]
    [InlineData(200, 0, FitCriteria.None)]
    public void Fit_UnknownSizeWithRevenueBands_SizeCriterionReadsTheRevenuesSegment(int? employees, int revenue, FitCriteria expected)
    {
        var policy = Profile with { Territories = Profile.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m } };

        Assert.Equal(expected, LeadClassifier.WeakOn(Fitting with { EmployeeCount = employees, AnnualRevenue = revenue }, policy));
    }

    [Fact]
    public void Fit_SmallRevenueWithoutRevenueBands_NotWeakOnSize()
    {
        Assert.Equal(FitCriteria.None, LeadClassifier.WeakOn(Fitting with { EmployeeCount = null, AnnualRevenue = 100_000m }, Profile));
    }

    /// <summary>Once per routed lead: the industry set is built once per policy, not per call.</summary>
    [Fact]
    public void WeakOn_ListedIndustries_AllocatesNothingPerCall()
    {
        var lead = Fitting with { Industry = "retail", SecondaryIndustries = ["logistics", "manufacturing"] };
        LeadClassifier.WeakOn(lead, Profile);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            LeadClassifier.WeakOn(lead, Profile);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
