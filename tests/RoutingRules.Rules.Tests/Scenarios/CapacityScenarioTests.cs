using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing;
using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Scenarios;

/// <summary>Capacity, availability, time-zone and language rules inside a territory (DOMAIN.md §4, §6).</summary>
public sealed class CapacityScenarioTests
{
    private static Lead Boulogne(string email = "ceo@boulogne-retail.fr") =>
        Leads.InFrance(email, "92", "Ile-de-France", "Boulogne-Billancourt", "92100");

    [Theory]
    [InlineData("ae-paris-full", "open leads at cap", "50", "50")]
    [InlineData("ae-paris-overdue", "too many overdue follow-ups", "11", "10")]
    [InlineData("ae-paris-meeting", "not available", "InMeeting", "Available")]
    [InlineData("ae-paris-cool", "cooling down", "2026-11-23T09:55:00+01:00", "00:10:00")]
    public void Route_IleDeFranceLead_ExcludesUnfitMembersWithFigures(string repId, string reason, string actual, string limit)
    {
        var routed = RoutingKit.Demo().Route(Boulogne()).InTerritory("ter-idf").Excluded(repId, reason);

        var exclusion = routed.Trace.Exclusions.Single(x => x.RepId == repId && x.Reason == reason);
        Assert.Equal(actual, exclusion.Actual);
        Assert.Equal(limit, exclusion.Limit);
        Assert.NotEqual(repId, routed.Decision.Assignee.RepId);
    }

    [Fact]
    public void Route_LoadBalancedTerritory_PicksLowestWorkloadScoreAmongEligible()
    {
        var routed = RoutingKit.Demo().Route(Boulogne());

        var weights = new WorkloadWeights();
        var excluded = routed.Trace.Exclusions.Select(x => x.RepId).ToHashSet();
        var expected = RoutingKit.DemoDataset.Territories.Single(t => t.Id == "ter-idf").MemberRepIds
            .Where(id => !excluded.Contains(id))
            .Select(id => RoutingKit.DemoDataset.Reps.Single(r => r.Id == id))
            .OrderBy(r => (r.Workload.OpenLeads * weights.OpenLeads) + (r.Workload.AssignedToday * weights.AssignedToday)
                + (r.Workload.OverdueFollowUps * weights.OverdueFollowUps) + (r.Workload.ActiveOpportunities * weights.ActiveOpportunities))
            .First().Id;
        routed.AssignedTo(expected).Fired("Distribution.LoadBalanced");
    }

    [Fact]
    public void Route_LowScoreInATerritoryWithoutAnSdr_GoesToAnAccountExecutive_TheRequirementNotedUnmet()
    {
        // DOMAIN.md §5: a score below 50 asks for an SDR first; Paris has none, so its AEs stay candidates.
        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@cold-paris.fr") with { Score = 20 })
            .InTerritory("ter-paris").AtLevel(RoutingLevel.Territory)
            .Fired("Capacity.RequiredProfileUnavailable").DidNotFire("Capacity.RequiredSeniority");

        Assert.Contains(routed.Trace.Details!.Notes, n => n.Type == "UnmetRequirement" && n["profile"] == "Sdr");
    }

    [Fact]
    public void Route_PerRepCapOverride_ExcludesBelowTheDefaultCap()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-1", r => r with { OpenLeadsCap = 1 });

        scenario.Route(Leads.InParis("ceo@paris-shop.fr")).Excluded("ae-paris-1", "open leads at cap").AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_RepOnVacation_IsExcludedAsAbsent()
    {
        var lead = Leads.From("ceo@banque-neuve.fr") with { Country = "FR", Industry = "financial services" };

        RoutingKit.Demo().Route(lead).InTerritory("ter-finserv-emea").Excluded("ae-paris-vacation", "absent");
    }

    [Fact]
    public void Route_DepartedMember_IsExcluded()
    {
        var scenario = RoutingKit.Demo().WithRep("ae-paris-1", r => r with { Departed = true });

        scenario.Route(Leads.InParis("ceo@paris-shop.fr")).Excluded("ae-paris-1", "left the company").AssignedTo("ae-paris-2");
    }

    [Fact]
    public void Route_EveryCandidateCoolingDown_AssignsAnyway()
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetWorkload("ae-corse-1", new RepWorkload { OpenLeads = 3, LastAssignedAt = RoutingKit.DemoNow.AddMinutes(-2) }));

        scenario.Route(Leads.InFrance("ceo@ajaccio.fr", "2A", "Corse", "Ajaccio", "20000")).AssignedTo("ae-corse-1").DidNotFire("Capacity.CoolDown");
    }

    [Fact]
    public void Route_LowQuotaRep_GetsAReducedWeightNotAnExclusion()
    {
        var lead = Leads.From("cto@tech-neuve.fr") with { Country = "FR", Industry = "technology" };

        var routed = RoutingKit.Demo().Route(lead).InTerritory("ter-tech-fr").Fired("Capacity.LowQuotaWeight").Fired("Distribution.Weighted");

        Assert.DoesNotContain(routed.Trace.Exclusions, x => x.RepId == "ae-paris-lowquota");
        Assert.Contains("ae-paris-lowquota: weight 0.5", routed.Trace.Distribution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "92", "Ile-de-France", "ae-paris-lowquota")]
    [InlineData("de", "67", "Grand Est", "ae-dach-1")]
    public void Route_LeadLanguage_PrefersRepsWhoSpeakIt(string language, string department, string region, string repId)
    {
        var lead = Leads.InFrance("ceo@langue.fr", department, region) with { PreferredLanguage = language };

        RoutingKit.Demo().Route(lead).AssignedTo(repId).Fired("Capacity.LanguagePreference");
    }

    [Fact]
    public void Route_DistantRepWithCloserColleague_GivesWayToTheCloserOne()
    {
        var scenario = RoutingKit.Demo().WithDataset(d => d with
        {
            Territories = d.Territories.Select(t => t.Id == "ter-uki" ? t with { MemberRepIds = ["ae-us-west-1", "ae-uk-1"] } : t).ToList(),
        });
        var lead = Leads.From("ceo@london-firm.co.uk") with { Country = "GB", TimeZone = "Europe/London", PreferredLanguage = "en" };

        scenario.Route(lead).Excluded("ae-us-west-1", "time zone too far").AssignedTo("ae-uk-1").NotFlagged(RoutingFlags.TimeZoneMismatch);
    }

    [Fact]
    public void Route_OnlyDistantReps_CloserBackupTakesItFlaggedWithNextBusinessHours()
    {
        var lead = Leads.From("ceo@paris-west.fr") with { Country = "US", Department = "CA", TimeZone = "Europe/Paris", PreferredLanguage = "en" };

        // The territory's backup (Chicago, 7 h from Paris) is closer than its members (Los Angeles, 9 h),
        // though still over the offset: it takes the lead, flagged.
        var routed = RoutingKit.Demo().Route(lead).InTerritory("ter-us-west").AssignedTo("sdr-us-1").Fired("Fallback.TimeZoneBackup")
            .Flagged(RoutingFlags.TimeZoneMismatch).Fired("Capacity.DelayedFollowUp");

        Assert.Equal(RoutingKit.DemoNow, routed.Decision.NextContactAt);
    }

    internal static readonly Lead ParisLeadInUsWest =
        Leads.From("ceo@paris-west.fr") with { Country = "US", Department = "CA", TimeZone = "Europe/Paris", PreferredLanguage = "en" };

    /// <summary>US West (members in Los Angeles) with its backup moved to London, 1 h from a Paris lead.</summary>
    internal static RoutingScenario UsWestBackedUpFromLondon() => RoutingKit.Demo().WithDataset(d => d with
    {
        Territories = d.Territories.Select(t => t.Id == "ter-us-west" ? t with { BackupRepId = "ae-uk-1" } : t).ToList(),
    });

    [Fact]
    public void Route_OnlyDistantMembersAndABackupInACloserZone_BackupTakesTheLeadUnflagged()
    {
        UsWestBackedUpFromLondon().Route(ParisLeadInUsWest).AssignedTo("ae-uk-1").AtLevel(RoutingLevel.Backup).InTerritory("ter-us-west")
            .NotFlagged(RoutingFlags.TimeZoneMismatch | RoutingFlags.CapacityOverflow).Fired("Fallback.TimeZoneBackup")
            .DidNotFire("Distribution.RoundRobin").DidNotFire("Capacity.DelayedFollowUp");
    }

    [Fact]
    public void Route_CloserBackupUnavailable_DistantMemberKeepsTheLeadFlagged()
    {
        var scenario = UsWestBackedUpFromLondon().WithRep("ae-uk-1", r => r with { Status = RepStatus.Away });

        scenario.Route(ParisLeadInUsWest).InTerritory("ter-us-west").AtLevel(RoutingLevel.Territory)
            .Flagged(RoutingFlags.TimeZoneMismatch).DidNotFire("Fallback.TimeZoneBackup");
    }

    [Fact]
    public void Route_OneMemberWithinTheOffset_MemberBeforeTheCloserBackup()
    {
        var scenario = UsWestBackedUpFromLondon().WithRep("ae-us-west-2", r => r with { TimeZone = "Europe/Madrid" });

        scenario.Route(ParisLeadInUsWest).AssignedTo("ae-us-west-2").AtLevel(RoutingLevel.Territory)
            .Excluded("ae-us-west-1", "time zone too far").DidNotFire("Fallback.TimeZoneBackup");
    }

    [Fact]
    public void Route_LeadWithoutTimeZone_CloserBackupNotConsidered()
    {
        UsWestBackedUpFromLondon().Route(ParisLeadInUsWest with { TimeZone = null }).InTerritory("ter-us-west").AtLevel(RoutingLevel.Territory)
            .DidNotFire("Fallback.TimeZoneBackup");
    }

    [Fact]
    public void Route_DistantOwnerOutsideBusinessHours_NextContactIsNextMorningInLeadZone()
    {
        var scenario = RoutingKit.Demo().At(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero));
        var lead = Leads.From("it@initech.fr") with { TimeZone = "America/New_York" };

        var routed = scenario.Route(lead).AssignedTo("am-fr-1").Flagged(RoutingFlags.TimeZoneMismatch);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(-5)), routed.Decision.NextContactAt);
    }

    [Theory]
    [InlineData(8, 17, "2026-11-27T16:30:00-05:00", "2026-11-27T16:30:00-05:00")] // inside the policy's day: now
    [InlineData(8, 17, "2026-11-27T17:00:00-05:00", "2026-11-30T08:00:00-05:00")] // the end is exclusive; Friday evening -> Monday
    [InlineData(10, 19, "2026-11-25T09:30:00-05:00", "2026-11-25T10:00:00-05:00")] // before the start: the same morning
    public void Route_DistantOwner_NextContactFollowsThePolicysBusinessHours(int start, int end, string now, string expected)
    {
        var scenario = RoutingKit.Demo().At(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture))
            .WithPolicy(p => p with { Territories = p.Territories with { BusinessHoursStart = TimeSpan.FromHours(start), BusinessHoursEnd = TimeSpan.FromHours(end) } });
        var lead = Leads.From("it@initech.fr") with { TimeZone = "America/New_York" };

        var routed = scenario.Route(lead).AssignedTo("am-fr-1").Flagged(RoutingFlags.TimeZoneMismatch);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), routed.Decision.NextContactAt);
    }

    [Theory]
    [InlineData(80_000, "ae-paris-1")]
    [InlineData(30_000, "ae-paris-2")]
    public void Route_DealSize_PrefersTheRequiredSeniority(int dealValue, string repId)
    {
        var scenario = RoutingKit.Demo().WithLive(l => l.SetCursor("ter-paris", dealValue > 50_000 ? 1 : 0));
        var lead = Leads.InParis("ceo@deal.fr") with { EstimatedDealValue = dealValue };

        scenario.Route(lead).AssignedTo(repId).Fired("Capacity.RequiredSeniority");
    }

    [Fact]
    public void Route_HighScoreLead_PrefersASeniorAe()
    {
        var lead = Boulogne() with { Score = 95 };

        RoutingKit.Demo().Route(lead).AssignedTo("ae-paris-1").Fired("IntentFit.HighScoreSeniorAe");
    }

    [Fact]
    public void Route_LowScoreLeadWithoutSdrInTerritory_KeepsEveryAe()
    {
        var lead = Leads.InParis("ceo@cold.fr") with { Score = 20 };

        RoutingKit.Demo().Route(lead).Fired("IntentFit.LowScoreSdrFirst").DidNotFire("Capacity.RequiredSeniority").AssignedTo("ae-paris-1");
    }
}
