using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>The intent x fit table, priority and SLA per lead type (DOMAIN.md §5).</summary>
public sealed class IntentFitScenarioTests
{
    [Theory]
    [InlineData(IntentSignal.DemoRequest, 70, Treatment.SeniorAeImmediate, "IntentFit.HighIntentStrongFit")]
    [InlineData(IntentSignal.PricingPageVisit, 20, Treatment.SdrQualification, "IntentFit.HighIntentWeakFit")]
    [InlineData(IntentSignal.WebinarAttendance, 70, Treatment.SdrAccelerated, "IntentFit.MediumIntentStrongFit")]
    [InlineData(IntentSignal.CaseStudyEngagement, 20, Treatment.MarketingNurture, "IntentFit.MediumIntentWeakFit")]
    [InlineData(IntentSignal.NewsletterSignup, 70, Treatment.NurtureWithMonitoring, "IntentFit.LowIntentStrongFit")]
    [InlineData(IntentSignal.EventBadgeScan, 20, Treatment.MarketingNurture, "IntentFit.LowIntentWeakFit")]
    public void Route_IntentAndFit_GiveTheTablesTreatment(IntentSignal signal, int score, Treatment treatment, string rule)
    {
        var lead = Leads.InParis("ceo@signal.fr") with { IntentSignals = [signal], Score = score, EmployeeCount = 200 };

        var routed = RoutingKit.Demo().Route(lead).Fired(rule);

        Assert.Equal(treatment, routed.Decision.Treatment);
    }

    /// <summary>
    /// When the policy lists the ideal customer profile's industries, a lead of another industry
    /// gets the weak-fit row of the table; its primary or a secondary industry listed fits, and an
    /// unknown industry fails nothing (DOMAIN.md §5).
    /// </summary>
    [Theory]
    [InlineData("retail", null, IntentSignal.DemoRequest, Treatment.SdrQualification, "IntentFit.HighIntentWeakFit")]
    [InlineData("retail", null, IntentSignal.WebinarAttendance, Treatment.MarketingNurture, "IntentFit.MediumIntentWeakFit")]
    [InlineData("retail", null, IntentSignal.NewsletterSignup, Treatment.MarketingNurture, "IntentFit.LowIntentWeakFit")]
    [InlineData("Software", null, IntentSignal.DemoRequest, Treatment.SeniorAeImmediate, "IntentFit.HighIntentStrongFit")]
    [InlineData("retail", "manufacturing", IntentSignal.DemoRequest, Treatment.SeniorAeImmediate, "IntentFit.HighIntentStrongFit")]
    [InlineData(null, "retail", IntentSignal.DemoRequest, Treatment.SeniorAeImmediate, "IntentFit.HighIntentStrongFit")]
    public void Route_PolicyListsIndustries_AnIndustryOutsideTheProfileIsAWeakFit(string? industry, string? secondary, IntentSignal signal, Treatment treatment, string rule)
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Assignment = p.Assignment with { IdealCustomerIndustries = ["software", "manufacturing"] } });
        var lead = Leads.InParis("ceo@icp.fr") with
        {
            IntentSignals = [signal], Score = 70, EmployeeCount = 200, Industry = industry, SecondaryIndustries = secondary is null ? [] : [secondary],
        };

        var routed = scenario.Route(lead).Fired(rule);

        Assert.Equal(treatment, routed.Decision.Treatment);
        var note = routed.Trace.Details!.Notes.SingleOrDefault(n => n.Type == "Lead");
        Assert.Equal(rule.Contains("WeakFit", StringComparison.Ordinal) ? "Industry" : null, note?["weakOn"]);
    }

    [Fact]
    public void Route_DefaultPolicyListsNoIndustry_AnyIndustryFits()
    {
        var lead = Leads.InParis("ceo@icp.fr") with { IntentSignals = [IntentSignal.DemoRequest], Score = 70, EmployeeCount = 200, Industry = "retail" };

        RoutingKit.Demo().Route(lead).Fired("IntentFit.HighIntentStrongFit").WithTreatment(Treatment.SeniorAeImmediate);
    }

    [Fact]
    public void Route_SeveralDownloads_AreMediumIntent()
    {
        var lead = Leads.InParis("ceo@reader.fr") with { IntentSignals = [IntentSignal.ContentDownload, IntentSignal.ContentDownload], EmployeeCount = 200 };

        Assert.Equal(Treatment.SdrAccelerated, RoutingKit.Demo().Route(lead).Decision.Treatment);
    }

    [Fact]
    public void Route_LowIntentWeakFitWhenPolicyDisqualifies_IsDisqualified()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Assignment = p.Assignment with { LowWeakTreatment = LowWeakTreatment.Disqualify } });
        var lead = Leads.InParis("ceo@cold.fr") with { EmployeeCount = 5 };

        Assert.Equal(Treatment.Disqualify, scenario.Route(lead).Decision.Treatment);
    }

    [Fact]
    public void Route_CompetitorWhenPolicyDisqualifies_IsDisqualifiedInTheQueue()
    {
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Accounts = p.Accounts with { CompetitorHandling = CompetitorHandling.Disqualify } });

        var routed = scenario.Route(Leads.From("spy@rivalsoft.com") with { IntentSignals = [IntentSignal.DemoRequest] })
            .AssignedToQueue("competitive-intelligence").Fired("Accounts.CompetitorDisqualify");

        Assert.Equal(Treatment.Disqualify, routed.Decision.Treatment);
    }

    [Theory]
    [InlineData(IntentSignal.DemoRequest, LeadSource.Organic, 15, 30)]
    [InlineData(IntentSignal.ContactSalesForm, LeadSource.Organic, 4 * 60, 8 * 60)]
    [InlineData(IntentSignal.EventBadgeScan, LeadSource.Event, 24 * 60, 72 * 60)]
    public void Route_LeadType_GetsItsSla(IntentSignal signal, LeadSource source, int respondMinutes, int escalateMinutes)
    {
        var lead = Leads.InParis("ceo@sla.fr") with { IntentSignals = [signal], Source = source };

        var routed = RoutingKit.Demo().Route(lead);

        Assert.Equal(RoutingKit.DemoNow.AddMinutes(respondMinutes), routed.Decision.RespondBy);
        Assert.Equal(RoutingKit.DemoNow.AddMinutes(escalateMinutes), routed.Decision.EscalateAt);
    }

    [Theory]
    [InlineData(-10, 5, 20)] // submitted 10 minutes ago: 5 minutes left of the 15
    [InlineData(-120, 0, 15)] // waited past its target upstream: due at once, the 15 minutes before escalation kept
    [InlineData(5, 15, 30)] // a client clock ahead of ours: counts from now
    public void Route_DemoRequestWithSubmissionTime_SlaCountsFromTheSubmission(int submittedMinutes, int respondMinutes, int escalateMinutes)
    {
        var lead = Leads.InParis("ceo@sla.fr") with { IntentSignals = [IntentSignal.DemoRequest], SubmittedAt = RoutingKit.DemoNow.AddMinutes(submittedMinutes) };

        var routed = RoutingKit.Demo().Route(lead);

        Assert.Equal(RoutingKit.DemoNow.AddMinutes(respondMinutes), routed.Decision.RespondBy);
        Assert.Equal(RoutingKit.DemoNow.AddMinutes(escalateMinutes), routed.Decision.EscalateAt);
    }

    [Fact]
    public void Route_LeadTypeThePolicyLeavesOut_GetsTheDomainDefaultForItsType()
    {
        // A policy that only sets the demo-request SLA: an event lead still escalates after 72 h, not some generic delay.
        var scenario = RoutingKit.Demo().WithPolicy(p => p with { Sla = p.Sla with { Rules = [new SlaRule(LeadType.DemoRequest, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20))] } });
        var lead = Leads.InParis("ceo@sla.fr") with { IntentSignals = [IntentSignal.EventBadgeScan], Source = LeadSource.Event };

        var routed = scenario.Route(lead).Fired("IntentFit.EventLeadSla");

        Assert.Equal(RoutingKit.DemoNow.AddHours(24), routed.Decision.RespondBy);
        Assert.Equal(RoutingKit.DemoNow.AddHours(72), routed.Decision.EscalateAt);
    }

    [Fact]
    public void Route_ContentDownload_CountsBusinessDays()
    {
        var lead = Leads.InParis("ceo@download.fr") with { IntentSignals = [IntentSignal.ContentDownload] };

        var routed = RoutingKit.Demo().Route(lead).Fired("IntentFit.ContentDownloadSla");

        // DOMAIN.md §5: 5 business days to respond (a Monday's lead is due the next Monday), 10 days without action to escalate.
        Assert.Equal(RoutingKit.DemoNow.AddDays(7), routed.Decision.RespondBy);
        Assert.Equal(RoutingKit.DemoNow.AddDays(10), routed.Decision.EscalateAt);
    }

    [Theory]
    [InlineData(ContactLevel.CLevel, LeadPriority.Hot)]
    [InlineData(ContactLevel.VicePresident, LeadPriority.Hot)]
    [InlineData(ContactLevel.Manager, LeadPriority.Normal)]
    public void Route_ContactLevel_SetsPriority(ContactLevel level, LeadPriority priority)
    {
        var lead = Leads.InParis("someone@prio.fr") with { ContactLevel = level, IntentSignals = [IntentSignal.NewsletterSignup] };

        Assert.Equal(priority, RoutingKit.Demo().Route(lead).Decision.Priority);
    }

    [Theory]
    [InlineData("Chief Financial Officer", LeadPriority.Hot)]
    [InlineData("VP Marketing", LeadPriority.Hot)]
    [InlineData("Vice-Présidente Ventes", LeadPriority.Hot)]
    [InlineData("Executive Assistant to the CEO", LeadPriority.Normal)]
    [InlineData("Account Executive", LeadPriority.Normal)]
    public void Route_TitleWithoutContactLevel_SetsPriority(string title, LeadPriority priority)
    {
        var lead = Leads.InParis("someone@prio.fr") with { Title = title, IntentSignals = [IntentSignal.NewsletterSignup] };

        var routed = RoutingKit.Demo().Route(lead).AtPriority(priority);

        Assert.Equal(priority == LeadPriority.Hot, routed.Trace.FiredRules.Contains("IntentFit.ExecutiveSla"));
    }

    /// <summary>The form's contact level is what the contact said of themselves: a title never overrides it.</summary>
    [Fact]
    public void Route_ContactLevelGiven_TitleIgnored()
    {
        var lead = Leads.InParis("someone@prio.fr") with { Title = "CEO", ContactLevel = ContactLevel.Manager, IntentSignals = [IntentSignal.NewsletterSignup] };

        RoutingKit.Demo().Route(lead).AtPriority(LeadPriority.Normal).DidNotFire("IntentFit.ExecutivePriority");
    }

    [Fact]
    public void Route_HighIntentStrongFit_IsHot()
    {
        var lead = Leads.InParis("someone@hot.fr") with { IntentSignals = [IntentSignal.DemoRequest], EmployeeCount = 300, Score = 85 };

        Assert.Equal(LeadPriority.Hot, RoutingKit.Demo().Route(lead).Decision.Priority);
    }
}
