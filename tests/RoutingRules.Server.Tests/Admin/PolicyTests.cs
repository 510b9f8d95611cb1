using Google.Protobuf.WellKnownTypes;
using RoutingRules.Domain.Policy;
using RoutingRules.Grpc;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Admin;

public class PolicyTests
{
    [Fact]
    public async Task GetPolicy_Fresh_ReturnsEveryDefault()
    {
        await using var server = await TestServer.StartWithDataAsync();

        var policy = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);

        Assert.Equal(50, policy.Capacity.OpenLeadsCap);
        Assert.Equal(50_000, policy.Accounts.AmHandOffContractValue);
        Assert.Equal(TimeSpan.FromMinutes(10), policy.Capacity.CoolDown.ToTimeSpan());
        Assert.Equal(RoutingPolicy.Default.Sla.Rules.Count, policy.Sla.Rules.Count);
        Assert.Equal([Proto.RoutingDimension.Vertical, Proto.RoutingDimension.Geography, Proto.RoutingDimension.Segment], policy.Territories.DimensionPriority);
        Assert.True(policy.Matching.UseIpAddress);
    }

    [Fact]
    public async Task SetPolicy_IpAddressTurnedOff_IsStoredWithTheOtherMatchingDefaults()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Matching = new Proto.MatchingPolicy { UseIpAddress = false } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);
        var policy = server.Data.Store.GetPolicy();

        Assert.False(stored.Matching.UseIpAddress);
        Assert.False(policy.Matching.UseIpAddress);
        Assert.Equal(RoutingPolicy.Default.Matching.FuzzyMatchThreshold, policy.Matching.FuzzyMatchThreshold);
        Assert.Equal(RoutingPolicy.Default.Matching.FreeMailDomains, policy.Matching.FreeMailDomains);
    }

    [Theory]
    [InlineData("small_deal_pooled_round_robin")]
    [InlineData("treatment_sets_rep_profile")]
    public async Task SetPolicy_AssignmentSwitchTurnedOff_IsStoredAndReadBack(string field)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var accessor = Proto.AssignmentPolicy.Descriptor.FindFieldByName(field).Accessor;
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var assignment = new Proto.AssignmentPolicy();
        accessor.SetValue(assignment, false);
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Assignment = assignment } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.True((bool)accessor.GetValue(fresh.Assignment));
        Assert.False((bool)accessor.GetValue(stored.Assignment));
        var domain = server.Data.Store.GetPolicy().Assignment;
        Assert.False(field == "small_deal_pooled_round_robin" ? domain.SmallDealPooledRoundRobin : domain.TreatmentSetsRepProfile);
        Assert.Equal(RoutingPolicy.Default.Assignment.SmallDealMax, domain.SmallDealMax);
    }

    [Fact]
    public async Task SetPolicy_FillFromMatchedAccountTurnedOff_IsStoredAndReadBack()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy { FillFromMatchedAccount = false } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.True(fresh.Territories.FillFromMatchedAccount);
        Assert.False(stored.Territories.FillFromMatchedAccount);
        Assert.False(server.Data.Store.GetPolicy().Territories.FillFromMatchedAccount);
        Assert.Equal(RoutingPolicy.Default.Territories.EnterpriseMinEmployees, server.Data.Store.GetPolicy().Territories.EnterpriseMinEmployees);
    }

    [Fact]
    public async Task SetPolicy_RevenueBands_StoredAndReadBackAndUnsetByDefault()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy { EnterpriseMinRevenue = 50_000_000, MidMarketMinRevenue = 10_000_000 } },
        };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.False(fresh.Territories.HasEnterpriseMinRevenue);
        Assert.False(fresh.Territories.HasMidMarketMinRevenue);
        Assert.Equal((50_000_000, 10_000_000), (stored.Territories.EnterpriseMinRevenue, stored.Territories.MidMarketMinRevenue));
        var territories = server.Data.Store.GetPolicy().Territories;
        Assert.Equal((50_000_000m, 10_000_000m), (territories.EnterpriseMinRevenue, territories.MidMarketMinRevenue));
        Assert.Equal(RoutingPolicy.Default.Territories.EnterpriseMinEmployees, territories.EnterpriseMinEmployees);
    }

    [Theory]
    [InlineData(50_000_000.0, null, "policy.territories.mid_market_min_revenue")]
    [InlineData(10_000_000.0, 50_000_000.0, "policy.territories.enterprise_min_revenue")]
    [InlineData(50_000_000.0, -1.0, "policy.territories.mid_market_min_revenue")]
    [InlineData(double.NaN, 10_000_000.0, "policy.territories.enterprise_min_revenue")]
    [InlineData(double.PositiveInfinity, 10_000_000.0, "policy.territories.enterprise_min_revenue")]
    public async Task SetPolicy_RevenueBandAloneOutOfOrderOrNotAnAmount_RefusedNamingItAndNothingStored(double enterprise, double? midMarket, string field)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var territories = new Proto.TerritoryPolicy { EnterpriseMinRevenue = enterprise };
        if (midMarket is { } m)
        {
            territories.MidMarketMinRevenue = m;
        }

        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Territories = territories } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, field);
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_SomeFields_OthersTakeDefaults()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy
            {
                Capacity = new Proto.CapacityPolicy { OpenLeadsCap = 12, CoolDown = Duration.FromTimeSpan(TimeSpan.FromMinutes(3)) },
                Queues = new Proto.QueuePolicy { CompetitorQueue = "competitors-eu" },
                Territories = new Proto.TerritoryPolicy { BusinessHoursStart = Duration.FromTimeSpan(TimeSpan.FromHours(8)) },
            },
        };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);
        var policy = server.Data.Store.GetPolicy();

        Assert.Equal(12, stored.Capacity.OpenLeadsCap);
        Assert.Equal(12, policy.Capacity.OpenLeadsCap);
        Assert.Equal(TimeSpan.FromMinutes(3), policy.Capacity.CoolDown);
        Assert.Equal("competitors-eu", policy.Queues.CompetitorQueue);
        Assert.Equal((TimeSpan.FromHours(8), TimeSpan.FromHours(18)), (policy.Territories.BusinessHoursStart, policy.Territories.BusinessHoursEnd));
        Assert.Equal(TimeSpan.FromHours(8), stored.Territories.BusinessHoursStart.ToTimeSpan());
        Assert.Equal(RoutingPolicy.Default.Capacity.OverdueFollowUpsCap, policy.Capacity.OverdueFollowUpsCap);
        Assert.Equal(RoutingPolicy.Default.Accounts, policy.Accounts);
    }

    [Fact]
    public async Task SetPolicy_ExportedPolicy_RoundTripsUnchanged()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var current = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        current.Sla.Rules[0].ResponseTarget = Duration.FromTimeSpan(TimeSpan.FromMinutes(20));
        current.Sla.Rules[0].EscalateAfter = Duration.FromTimeSpan(TimeSpan.FromMinutes(40));

        var stored = await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = current }, Proto.RoutingPolicy.Parser);

        Assert.Equal(current, stored);
        Assert.Equal(TimeSpan.FromMinutes(20), server.Data.Store.GetPolicy().Sla.Rules[0].ResponseTarget);
    }

    /// <summary>DOMAIN.md §5's content downloads: 5 business days to respond, 10 calendar days to escalate; each unit settable.</summary>
    [Fact]
    public async Task GetSetPolicy_EscalationBusinessDays_DefaultCalendarForContentDownloads_AndSettable()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var current = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var downloads = current.Sla.Rules.Single(r => r.LeadType == Proto.LeadType.ContentDownload);
        Assert.True(downloads.BusinessDays);
        Assert.True(downloads.HasEscalationBusinessDays);
        Assert.False(downloads.EscalationBusinessDays);
        Assert.False(current.Sla.Rules.Single(r => r.LeadType == Proto.LeadType.DemoRequest).HasEscalationBusinessDays);

        downloads.EscalationBusinessDays = true;
        await server.CallAsync("SetPolicy", new Proto.SetPolicyRequest { Policy = current }, Proto.RoutingPolicy.Parser);

        var stored = server.Data.Store.GetPolicy().Sla.For(LeadType.ContentDownload);
        Assert.True(stored.EscalatesInBusinessDays);
    }

    [Fact]
    public async Task SetPolicy_EscalationSettings_StoredAndReturned()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy
            {
                Sla = new Proto.SlaPolicy
                {
                    AutoEscalation = false, EscalationSweepInterval = Duration.FromTimeSpan(TimeSpan.FromSeconds(5)),
                },
            },
        };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);
        var policy = server.Data.Store.GetPolicy();

        Assert.True(fresh.Sla.AutoEscalation);
        Assert.Equal(TimeSpan.FromSeconds(30), fresh.Sla.EscalationSweepInterval.ToTimeSpan());
        Assert.False(stored.Sla.AutoEscalation);
        Assert.Equal((false, TimeSpan.FromSeconds(5)), (policy.Sla.AutoEscalation, policy.Sla.EscalationSweepInterval));
        Assert.Equal(RoutingPolicy.Default.Sla.Rules, policy.Sla.Rules);
    }

    [Fact]
    public async Task SetPolicy_EscalationSweepIntervalOutOfRange_NamesTheField()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy { Sla = new Proto.SlaPolicy { EscalationSweepInterval = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(500)) } },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.sla.escalation_sweep_interval");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Theory]
    [InlineData(90)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public async Task SetPolicy_SlaComplianceTargetOutsideZeroToOne_NamesTheFieldAndKeepsOld(double target)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { SlaComplianceTarget = target } } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.health.sla_compliance_target");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task SetPolicy_MinOutcomesPerGroupNotPositive_NamesTheFieldAndKeepsOld(int minimum)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { MinOutcomesPerGroup = minimum } } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.health.min_outcomes_per_group");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_MinOutcomesPerGroup_StoredAndReadBack()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { MinOutcomesPerGroup = 50 } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal(50, stored.Health.MinOutcomesPerGroup);
        Assert.Equal(50, server.Data.Store.GetPolicy().Health.MinOutcomesPerGroup);
    }

    [Fact]
    public async Task SetPolicy_SlaComplianceTarget_StoredAndReadBack()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { SlaComplianceTarget = 0.8 } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal(0.8, stored.Health.SlaComplianceTarget);
        Assert.Equal(0.8, server.Data.Store.GetPolicy().Health.SlaComplianceTarget);
        Assert.Equal(RoutingPolicy.Default.Health.AssignmentSuccessTarget, server.Data.Store.GetPolicy().Health.AssignmentSuccessTarget);
    }

    [Fact]
    public async Task SetPolicy_InconsistentThresholds_NamesPolicyFieldsAndKeepsOld()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy
            {
                Capacity = new Proto.CapacityPolicy { OpenLeadsCap = 0 },
                Matching = new Proto.MatchingPolicy { FuzzyMatchThreshold = 0.5, FuzzyReviewThreshold = 0.9 },
            },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.capacity.open_leads_cap", "policy.matching.fuzzy_review_threshold");
        // The description names the other threshold in words, not in the dataset's camelCase beside the API's snake_case.
        Assert.Equal("must not exceed the fuzzy match threshold",
            error.GetBadRequest()!.FieldViolations.Single(v => v.Field == "policy.matching.fuzzy_review_threshold").Description);
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_RetiredFields_RefusedByNameAndKeepsOld()
    {
        // Nothing reads them any more: accepting them would let an operator believe they change routing.
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest
        {
            Policy = new Proto.RoutingPolicy
            {
#pragma warning disable CS0612 // the fields under test are deprecated in the proto
                Assignment = new Proto.AssignmentPolicy { TopPerformerWeight = 3 },
                Queues = new Proto.QueuePolicy { NurtureQueue = "nurture-eu" },
#pragma warning restore CS0612
            },
        };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.assignment.top_performer_weight", "policy.queues.nurture_queue");
        Assert.All(error.GetBadRequest()!.FieldViolations, v => Assert.StartsWith("is no longer used: ", v.Description, StringComparison.Ordinal));
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_UnspecifiedDimensionAndLeadType_NamedBeforeValidation()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy(), Sla = new Proto.SlaPolicy() } };
        request.Policy.Territories.DimensionPriority.Add(Proto.RoutingDimension.Unspecified);
        request.Policy.Sla.Rules.Add(new Proto.SlaRule { ResponseTarget = Duration.FromTimeSpan(TimeSpan.FromMinutes(5)) });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.territories.dimension_priority[0]", "policy.sla.rules[0].lead_type", "policy.sla.rules[0].escalate_after");
    }

    [Fact]
    public async Task SetPolicy_ResponseTimeHalfScore_StoredAndReadBack()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Capacity = new Proto.CapacityPolicy { RepScoreWeights = new Proto.RepScoreWeights { ResponseTimeHalfScore = Duration.FromTimeSpan(TimeSpan.FromHours(1)) } } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal(TimeSpan.FromMinutes(30), fresh.Capacity.RepScoreWeights.ResponseTimeHalfScore.ToTimeSpan());
        Assert.Equal(TimeSpan.FromHours(1), stored.Capacity.RepScoreWeights.ResponseTimeHalfScore.ToTimeSpan());
        Assert.Equal(TimeSpan.FromHours(1), server.Data.Store.GetPolicy().Capacity.RepScoreWeights.ResponseTimeHalfScore);
        Assert.Equal(RoutingPolicy.Default.Capacity.RepScoreWeights.GeographyMatch, server.Data.Store.GetPolicy().Capacity.RepScoreWeights.GeographyMatch);
    }

    [Fact]
    public async Task SetPolicy_NegativeWorkloadWeight_RefusedNamingItAndNothingStored()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Capacity = new Proto.CapacityPolicy { WorkloadWeights = new Proto.WorkloadWeights { OverdueFollowUps = -3 } } } };

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.capacity.workload_weights.overdue_follow_ups");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_LeadTypeGivenTwice_RefusedNamingTheSecondAndNothingStored()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Sla = new Proto.SlaPolicy() } };
        foreach (var minutes in new[] { 15, 5 })
        {
            request.Policy.Sla.Rules.Add(new Proto.SlaRule
            {
                LeadType = Proto.LeadType.DemoRequest,
                ResponseTarget = Duration.FromTimeSpan(TimeSpan.FromMinutes(minutes)),
                EscalateAfter = Duration.FromTimeSpan(TimeSpan.FromMinutes(30)),
            });
        }

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.sla.rules[1].lead_type");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_NearestTerritories_StoredAndAnUnknownTerritoryRefused()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy() } };
        request.Policy.Territories.NearestTerritories["GP"] = "france";

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal("france", stored.Territories.NearestTerritories["GP"]);
        Assert.Equal("france", server.Data.Store.GetPolicy().Territories.NearestTerritories["GP"]);

        request.Policy.Territories.NearestTerritories["RE"] = "ter-nowhere";
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.territories.nearest_territories[RE]");
        Assert.False(server.Data.Store.GetPolicy().Territories.NearestTerritories.ContainsKey("RE"));
    }

    [Fact]
    public async Task SetPolicy_IdealCustomerIndustries_StoredAndABlankOneRefusedNamingIt()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Assignment = new Proto.AssignmentPolicy { IdealCustomerIndustries = { "software", "healthcare" } } } };

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal(["software", "healthcare"], stored.Assignment.IdealCustomerIndustries);
        Assert.Equal(["software", "healthcare"], server.Data.Store.GetPolicy().Assignment.IdealCustomerIndustries);
        Assert.Equal(RoutingPolicy.Default.Assignment.LowLeadScore, stored.Assignment.LowLeadScore);

        request.Policy.Assignment.IdealCustomerIndustries.Add(" ");
        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.assignment.ideal_customer_industries[2]");
        Assert.Equal(2, server.Data.Store.GetPolicy().Assignment.IdealCustomerIndustries.Count);
    }

    [Fact]
    public async Task SetPolicy_SlaInWorkingHours_StoredWithItsDefaultZone()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Sla = new Proto.SlaPolicy { DefaultTimeZone = "Europe/Paris" } } };
        request.Policy.Sla.Rules.Add(new Proto.SlaRule
        {
            LeadType = Proto.LeadType.DemoRequest,
            ResponseTarget = Duration.FromTimeSpan(TimeSpan.FromMinutes(15)),
            EscalateAfter = Duration.FromTimeSpan(TimeSpan.FromMinutes(30)),
            BusinessHours = false,
        });

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal("Europe/Paris", stored.Sla.DefaultTimeZone);
        Assert.True(stored.Sla.Rules[0].HasBusinessHours);
        Assert.False(stored.Sla.Rules[0].BusinessHours);
        var policy = server.Data.Store.GetPolicy().Sla;
        Assert.Equal(("Europe/Paris", (bool?)false), (policy.DefaultTimeZone, policy.Rules[0].BusinessHours));
    }

    [Fact]
    public async Task SetPolicy_UnknownDefaultZoneOrWorkingHoursInBusinessDays_RefusedNamingTheFieldsAndNothingStored()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = new Proto.SetPolicyRequest { Policy = new Proto.RoutingPolicy { Sla = new Proto.SlaPolicy { DefaultTimeZone = "Mars/Olympus_Mons" } } };
        request.Policy.Sla.Rules.Add(new Proto.SlaRule
        {
            LeadType = Proto.LeadType.ContentDownload,
            ResponseTarget = Duration.FromTimeSpan(TimeSpan.FromDays(5)),
            EscalateAfter = Duration.FromTimeSpan(TimeSpan.FromDays(10)),
            BusinessDays = true,
            BusinessHours = true,
        });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.sla.rules[0].business_hours", "policy.sla.default_time_zone");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    private static Proto.SetPolicyRequest WithHolidays(params Proto.Holiday[] holidays) =>
        new() { Policy = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy { Holidays = { holidays } } } };

    [Fact]
    public async Task SetPolicy_Holidays_StoredAndReadBack()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = WithHolidays(new Proto.Holiday { Date = "2026-07-14", Countries = { "FR" } }, new Proto.Holiday { Date = "2026-12-25" });

        var stored = await server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser);

        Assert.Equal(request.Policy.Territories.Holidays, stored.Territories.Holidays);
        var holidays = server.Data.Store.GetPolicy().Territories.Holidays;
        Assert.Equal([new DateOnly(2026, 7, 14), new DateOnly(2026, 12, 25)], holidays.Select(h => h.Date));
        Assert.Equal(["FR"], holidays[0].Countries);
        Assert.Empty(holidays[1].Countries);
        var fresh = await server.CallAsync("GetPolicy", new Proto.GetPolicyRequest(), Proto.RoutingPolicy.Parser);
        Assert.Equal(stored, fresh);
    }

    [Theory]
    [InlineData("14/07/2026")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public async Task SetPolicy_MalformedHolidayDate_RefusedNamingItAndNothingStored(string date)
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = WithHolidays(new Proto.Holiday { Date = "2026-07-14" }, new Proto.Holiday { Date = date, Countries = { "FR" } });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.territories.holidays[1].date");
        Assert.Equal(RoutingPolicy.Default, server.Data.Store.GetPolicy());
    }

    [Fact]
    public async Task SetPolicy_HolidayCountryNotAnUpperCaseCode_RefusedNamingItAndNothingStored()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = WithHolidays(new Proto.Holiday { Date = "2026-07-14", Countries = { "FR", "fr" } }, new Proto.Holiday { Date = "2026-05-01", Countries = { "France" } });

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.territories.holidays[0].countries[1]", "policy.territories.holidays[1].countries[0]");
        Assert.Empty(server.Data.Store.GetPolicy().Territories.Holidays);
    }

    [Fact]
    public async Task SetPolicy_OverAThousandHolidays_RefusedNamingTheListAndNothingStored()
    {
        await using var server = await TestServer.StartWithDataAsync();
        var request = WithHolidays([.. Enumerable.Range(0, 1001).Select(i => new Proto.Holiday { Date = new DateOnly(2026, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })]);

        var error = await Assert.ThrowsAsync<GrpcStatusException>(() => server.CallAsync("SetPolicy", request, Proto.RoutingPolicy.Parser));

        ValidationTests.AssertViolations(error, "policy.territories.holidays");
        Assert.Empty(server.Data.Store.GetPolicy().Territories.Holidays);
    }
}
