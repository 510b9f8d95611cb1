using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;

namespace RoutingRules.Domain.Tests.Routing.Logic;

public sealed class AccountFillTests
{
    private static readonly Account Clinic = new() { Id = "a", Name = "Clinique", EmployeeCount = 2000, Industry = "healthcare", Country = "FR" };
    private static readonly Lead EmailOnly = new() { Id = "l", Email = "dr@clinique.fr" };

    [Fact]
    public void Fillable_LeadGivingNone_EveryFieldTheAccountHas()
    {
        Assert.Equal(LeadFields.EmployeeCount | LeadFields.Industry | LeadFields.Country, AccountFill.Fillable(EmailOnly, Clinic));
        Assert.Equal(LeadFields.Country, AccountFill.Fillable(EmailOnly, new Account { Id = "b", Name = "B", Country = "DE" }));
    }

    [Fact]
    public void Fillable_LeadsOwnValues_AreNeverTaken()
    {
        var lead = EmailOnly with { EmployeeCount = 0, Industry = "retail", Country = "BE" };

        Assert.Equal(LeadFields.None, AccountFill.Fillable(lead, Clinic));
    }

    [Fact]
    public void Fillable_BlankTexts_CountAsNone()
    {
        Assert.Equal(LeadFields.Industry | LeadFields.Country, AccountFill.Fillable(EmailOnly with { EmployeeCount = 40, Industry = " ", Country = "" }, Clinic));
        Assert.Equal(LeadFields.EmployeeCount, AccountFill.Fillable(EmailOnly, Clinic with { Industry = " ", Country = null }));
    }

    [Fact]
    public void Apply_TakesOnlyTheFieldsNamed_AndLeavesTheLeadAsItCame()
    {
        var lead = EmailOnly with { Industry = "retail" };

        var completed = AccountFill.Apply(lead, Clinic, LeadFields.EmployeeCount | LeadFields.Country);

        Assert.Equal((2000, "retail", "FR"), (completed.EmployeeCount, completed.Industry, completed.Country));
        Assert.Equal((null, (string?)null), (lead.EmployeeCount, lead.Country));
        Assert.Equal(lead with { EmployeeCount = 2000, Country = "FR" }, completed);
    }

    [Fact]
    public void CompletedFrom_SizeAndIndustry_WorksOutTheSegmentAndFitAgain()
    {
        var policy = RoutingPolicy.Default with { Assignment = RoutingPolicy.Default.Assignment with { IdealCustomerIndustries = ["software"] } };
        var profile = new LeadProfile(EmailOnly, "clinique.fr", false, policy.Territories.SegmentFor(null, null), IntentLevel.High,
            LeadClassifier.WeakOn(EmailOnly, policy), "fr", DateTimeOffset.UnixEpoch);

        var completed = profile.CompletedFrom(Clinic with { EmployeeCount = 12 }, LeadFields.EmployeeCount | LeadFields.Industry, policy);

        Assert.Equal((Segment.MidMarket, FitCriteria.None), (profile.Segment, profile.WeakOn));
        Assert.Equal((Segment.Smb, FitCriteria.Size | FitCriteria.Industry), (completed.Segment, completed.WeakOn));
        Assert.Equal((LeadFields.EmployeeCount | LeadFields.Industry, "a"), (completed.Filled, completed.FilledFrom?.Id));
        Assert.Equal(("clinique.fr", IntentLevel.High, "fr"), (completed.Domain, completed.Intent, completed.Language));
        Assert.Null(completed.Lead.Country);
    }

    /// <summary>
    /// The account's employee count, once taken, is the lead's: it comes before the lead's revenue. An
    /// account without one leaves the revenue to decide (accounts have no revenue of their own to read).
    /// </summary>
    [Fact]
    public void CompletedFrom_LeadWithRevenue_AccountsSizeFirstElseTheRevenue()
    {
        var policy = RoutingPolicy.Default with { Territories = RoutingPolicy.Default.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 10_000_000m } };
        var lead = EmailOnly with { AnnualRevenue = 2_000_000m };
        var (segment, from) = policy.Territories.Classify(null, lead.AnnualRevenue);
        var profile = new LeadProfile(lead, "clinique.fr", false, segment, IntentLevel.High, LeadClassifier.WeakOn(lead, policy), "fr", DateTimeOffset.UnixEpoch,
            segmentFrom: from);

        var sized = profile.CompletedFrom(Clinic, LeadFields.EmployeeCount, policy);
        var unsized = profile.CompletedFrom(Clinic with { EmployeeCount = null }, LeadFields.Country, policy);

        Assert.Equal((Segment.Smb, SegmentSource.AnnualRevenue, FitCriteria.Size), (profile.Segment, profile.SegmentFrom, profile.WeakOn));
        Assert.Equal((Segment.Enterprise, SegmentSource.EmployeeCount, FitCriteria.None), (sized.Segment, sized.SegmentFrom, sized.WeakOn));
        Assert.Equal((Segment.Smb, SegmentSource.AnnualRevenue, FitCriteria.Size), (unsized.Segment, unsized.SegmentFrom, unsized.WeakOn));
    }
}
