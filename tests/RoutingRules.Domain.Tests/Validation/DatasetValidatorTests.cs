using RoutingRules.Domain.Model;
using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Validation;

public class DatasetValidatorTests
{
    [Fact]
    public void Validate_ValidDataset_NoErrors() => Assert.Empty(DatasetValidator.Validate(TestData.Small()));

    [Fact]
    public void Validate_DuplicateRepId_NamesRecordAndField()
    {
        var d = TestData.Small();
        d = d with { Reps = [.. d.Reps, new Rep { Id = "r1", Name = "Again" }] };
        AssertSingle(d, "Rep", "r1", "id");
    }

    [Fact]
    public void Validate_DuplicateAccountId_Reported()
    {
        var d = TestData.Small();
        d = d with { Accounts = [.. d.Accounts, new Account { Id = "a2", Name = "Twin" }] };
        AssertSingle(d, "Account", "a2", "id");
    }

    [Theory]
    [InlineData("ownerId")]
    [InlineData("strategicOwnerId")]
    [InlineData("namedAccountOwnerId")]
    [InlineData("partnerManagerId")]
    [InlineData("accountManagerId")]
    [InlineData("parentAccountId")]
    public void Validate_AccountUnknownReference_Reported(string field)
    {
        var a = new Account { Id = "bad", Name = "Bad" };
        a = field switch
        {
            "ownerId" => a with { OwnerId = "ghost" },
            "strategicOwnerId" => a with { StrategicOwnerId = "ghost" },
            "namedAccountOwnerId" => a with { NamedAccountOwnerId = "ghost" },
            "partnerManagerId" => a with { PartnerManagerId = "ghost" },
            "accountManagerId" => a with { AccountManagerId = "ghost" },
            _ => a with { ParentAccountId = "ghost" },
        };
        var d = TestData.Small();
        AssertSingle(d with { Accounts = [.. d.Accounts, a] }, "Account", "bad", field);
    }

    /// <summary>Direct sourcing only changes what a partner manager does: without one it is accepted and changes nothing.</summary>
    [Theory]
    [InlineData(PartnerSourcing.Direct, "r2")]
    [InlineData(PartnerSourcing.Direct, null)]
    [InlineData(PartnerSourcing.Partner, null)]
    public void Validate_AccountPartnerSourcing_WithOrWithoutPartnerManager_NoErrors(PartnerSourcing sourcing, string? partnerManagerId)
    {
        var d = TestData.Small();
        var a = new Account { Id = "sourced", Name = "Sourced", PartnerSourcing = sourcing, PartnerManagerId = partnerManagerId };

        Assert.Empty(DatasetValidator.Validate(d with { Accounts = [.. d.Accounts, a] }));
    }

    [Fact]
    public void Validate_AccountPartnerSourcingOfNoKnownValue_Reported()
    {
        var d = TestData.Small();
        var a = new Account { Id = "odd", Name = "Odd", PartnerManagerId = "r2", PartnerSourcing = (PartnerSourcing)7 };

        var error = AssertSingle(d with { Accounts = [.. d.Accounts, a] }, "Account", "odd", "partnerSourcing");

        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("managerId")]
    [InlineData("backupId")]
    [InlineData("successorId")]
    public void Validate_RepUnknownReference_Reported(string field)
    {
        var r = new Rep { Id = "bad", Name = "Bad" };
        r = field switch
        {
            "managerId" => r with { ManagerId = "ghost" },
            "backupId" => r with { BackupId = "ghost" },
            _ => r with { SuccessorId = "ghost" },
        };
        var d = TestData.Small();
        AssertSingle(d with { Reps = [.. d.Reps, r] }, "Rep", "bad", field);
    }

    [Fact]
    public void Validate_TerritoryUnknownParentMemberBackupAndException_EachReported()
    {
        var t = new Territory
        {
            Id = "bad", Name = "Bad", ParentId = "ghost", MemberRepIds = ["r1", "ghost"], BackupRepId = "ghost",
            NamedAccountExceptionIds = ["ghost"],
        };
        var d = TestData.Small();
        var fields = DatasetValidator.Validate(d with { Territories = [.. d.Territories, t] }).Select(e => e.Field).Order().ToList();
        Assert.Equal(["backupRepId", "memberRepIds[1]", "namedAccountExceptionIds[0]", "parentId"], fields);
    }

    [Theory]
    [InlineData("ter\u001Fsmall-deal-pool")]
    [InlineData("ter\nnord")]
    [InlineData("\tter")]
    public void Validate_TerritoryIdWithControlCharacter_Refused(string id)
    {
        var d = TestData.Small();

        var error = AssertSingle(d with { Territories = [.. d.Territories, new Territory { Id = id, Name = "Odd", MemberRepIds = ["r1"] }] }, "Territory", id, "id");

        Assert.Equal("must not contain control characters", error.Message);
    }

    [Fact]
    public void Validate_OpportunityAndLeadUnknownReferences_Reported()
    {
        var d = TestData.Small() with
        {
            Opportunities = [new Opportunity { Id = "o9", AccountId = "ghost", OwnerId = "ghost" }],
            PreviousLeads = [new PreviousLead { Id = "l9", AccountId = "ghost", OwnerId = "r1" }],
        };
        var errors = DatasetValidator.Validate(d);
        Assert.Contains(errors, e => e is { RecordType: "Opportunity", RecordId: "o9", Field: "accountId" });
        Assert.Contains(errors, e => e is { RecordType: "Opportunity", RecordId: "o9", Field: "ownerId" });
        Assert.Contains(errors, e => e is { RecordType: "PreviousLead", RecordId: "l9", Field: "accountId" });
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Validate_DomainClaimedByTwoAccounts_Reported()
    {
        var d = TestData.Small();
        d = d with { Accounts = [.. d.Accounts, new Account { Id = "a9", Name = "Copycat", Domains = ["other.com", "ACME.com"] }] };
        var error = AssertSingle(d, "Account", "a9", "domains[1]");
        Assert.Contains("a1", error.Message);
    }

    [Fact]
    public void Validate_MalformedIpRange_NamesItsIndex()
    {
        var d = TestData.Small();
        d = d with { Accounts = [.. d.Accounts, new Account { Id = "a9", Name = "Netco", IpRanges = ["203.0.113.0/24", "203.0.113.7/24", "2001:db8::/48"] }] };
        var error = AssertSingle(d, "Account", "a9", "ipRanges[1]");
        Assert.Contains("203.0.113.0/24", error.Message);
    }

    [Fact]
    public void Validate_OverlappingIpRangesOfTwoAccounts_Accepted()
    {
        var d = TestData.Small();
        d = d with
        {
            Accounts = [.. d.Accounts, new Account { Id = "p", Name = "Parent", IpRanges = ["203.0.113.0/24"] },
                new Account { Id = "s", Name = "Subsidiary", ParentAccountId = "p", IpRanges = ["203.0.113.192/26", "203.0.113.0/24"] }],
        };
        Assert.Empty(DatasetValidator.Validate(d));
    }

    [Fact]
    public void Validate_TerritoryCycle_ReportsEachMember()
    {
        var d = TestData.Small();
        d = d with
        {
            Territories =
            [
                .. d.Territories.Where(t => t.Id != "t-fr"),
                new Territory { Id = "t-fr", Name = "France", ParentId = "t-idf", MemberRepIds = ["r1"] },
            ],
        };
        var errors = DatasetValidator.Validate(d);
        Assert.Equal(["t-fr", "t-idf"], errors.Where(e => e.Field == "parentId").Select(e => e.RecordId).Order());
    }

    [Fact]
    public void Validate_ManagerCycle_Reported()
    {
        var d = TestData.Small();
        d = d with { Reps = [.. d.Reps.Where(r => r.Id != "m1"), new Rep { Id = "m1", Name = "Manon", ManagerId = "r1" }] };
        var errors = DatasetValidator.Validate(d);
        Assert.Equal(["m1", "r1"], errors.Where(e => e.Field == "managerId").Select(e => e.RecordId).Order());
    }

    [Fact]
    public void Validate_AccountParentCycle_Reported()
    {
        var d = TestData.Small();
        d = d with { Accounts = [.. d.Accounts.Where(a => a.Id != "a1"), new Account { Id = "a1", Name = "Acme", ParentAccountId = "a3" }] };
        var errors = DatasetValidator.Validate(d);
        Assert.Equal(["a1", "a3"], errors.Where(e => e.Field == "parentAccountId").Select(e => e.RecordId).Order());
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Romance Standard Time")]
    [InlineData("")]
    public void Validate_InvalidTimeZone_Reported(string zone)
    {
        var d = TestData.Small();
        AssertSingle(d with { Reps = [.. d.Reps, new Rep { Id = "tz", Name = "Tz", TimeZone = zone }] }, "Rep", "tz", "timeZone");
    }

    [Theory]
    [InlineData("America/Los_Angeles")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Europe/London")]
    public void Validate_IanaTimeZone_Accepted(string zone)
    {
        var d = TestData.Small();
        Assert.Empty(DatasetValidator.Validate(d with { Reps = [.. d.Reps, new Rep { Id = "tz", Name = "Tz", TimeZone = zone }] }));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("fr")]
    [InlineData("FRA")]
    [InlineData("UK")]
    public void Validate_InvalidCountry_ReportedOnAccountAndTerritory(string country)
    {
        var d = TestData.Small();
        d = d with
        {
            Accounts = [.. d.Accounts, new Account { Id = "c", Name = "C", Country = country }],
            Territories = [.. d.Territories, new Territory { Id = "tc", Name = "T", MemberRepIds = ["r1"], Criteria = new TerritoryCriteria { Countries = ["FR", country] } }],
        };
        var errors = DatasetValidator.Validate(d);
        Assert.Contains(errors, e => e is { RecordId: "c", Field: "country" });
        Assert.Contains(errors, e => e is { RecordId: "tc", Field: "criteria.countries[1]" });
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Validate_NegativeCountersAndValues_EachReported()
    {
        var d = TestData.Small();
        d = d with
        {
            Reps = [.. d.Reps, new Rep { Id = "neg", Name = "Neg", OpenLeadsCap = -1, Workload = new RepWorkload { OpenLeads = -1, OverdueFollowUps = -2, AssignedToday = -3, ActiveOpportunities = -4 } }],
            Accounts = [.. d.Accounts, new Account { Id = "negacc", Name = "Neg", ContractValue = -5m, EmployeeCount = -10 }],
            Opportunities = [.. d.Opportunities, new Opportunity { Id = "nego", AccountId = "a1", OwnerId = "r1", Amount = -1m }],
        };
        var fields = DatasetValidator.Validate(d).Select(e => $"{e.RecordId}.{e.Field}").Order().ToList();
        Assert.Equal(
            ["neg.openLeadsCap", "neg.workload.activeOpportunities", "neg.workload.assignedToday", "neg.workload.openLeads",
             "neg.workload.overdueFollowUps", "negacc.contractValue", "negacc.employeeCount", "nego.amount"],
            fields);
    }

    [Fact]
    public void Validate_InvalidPolicy_NamesPolicyField()
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Matching = d.Policy.Matching with { FuzzyReviewThreshold = 0.9 } } };
        AssertSingle(d, "RoutingPolicy", "policy", "matching.fuzzyReviewThreshold");
    }

    [Theory]
    [InlineData(9, 9)]
    [InlineData(18, 9)]
    [InlineData(-1, 9)]
    [InlineData(9, 25)]
    public void Validate_BusinessHoursNotAForwardSpanOfOneDay_Reported(int start, int end)
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Territories = d.Policy.Territories with { BusinessHoursStart = TimeSpan.FromHours(start), BusinessHoursEnd = TimeSpan.FromHours(end) } } };
        AssertSingle(d, "RoutingPolicy", "policy", "territories.businessHoursEnd");
    }

    [Fact]
    public void Validate_BusinessHoursOfAWholeDay_Accepted()
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Territories = d.Policy.Territories with { BusinessHoursStart = TimeSpan.Zero, BusinessHoursEnd = TimeSpan.FromDays(1) } } };
        Assert.Empty(DatasetValidator.Validate(d));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(50_000_000.0, 10_000_000.0)]
    [InlineData(0.02, 0.01)]
    public void Validate_RevenueBandsUnsetOrAnOrderedPositivePair_Accepted(double? enterprise, double? midMarket)
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Territories = d.Policy.Territories with { EnterpriseMinRevenue = (decimal?)enterprise, MidMarketMinRevenue = (decimal?)midMarket } } };
        Assert.Empty(DatasetValidator.Validate(d));
    }

    [Theory]
    [InlineData(50_000_000.0, null, "territories.midMarketMinRevenue")]
    [InlineData(null, 10_000_000.0, "territories.enterpriseMinRevenue")]
    [InlineData(10_000_000.0, 10_000_000.0, "territories.enterpriseMinRevenue")]
    [InlineData(10_000_000.0, 50_000_000.0, "territories.enterpriseMinRevenue")]
    [InlineData(50_000_000.0, 0.0, "territories.midMarketMinRevenue")]
    [InlineData(50_000_000.0, -1.0, "territories.midMarketMinRevenue")]
    [InlineData(0.0, -5.0, "territories.enterpriseMinRevenue", "territories.midMarketMinRevenue")]
    public void Validate_RevenueBandAloneOutOfOrderOrNotPositive_NamesTheField(double? enterprise, double? midMarket, params string[] fields)
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Territories = d.Policy.Territories with { EnterpriseMinRevenue = (decimal?)enterprise, MidMarketMinRevenue = (decimal?)midMarket } } };

        var errors = DatasetValidator.Validate(d);

        Assert.All(errors, e => Assert.Equal(("RoutingPolicy", "policy"), (e.RecordType, e.RecordId)));
        Assert.Equal(fields, errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Validate_NegativeOrInfiniteWeights_NamesEachField()
    {
        var d = TestData.Small();
        var capacity = d.Policy.Capacity with
        {
            WorkloadWeights = d.Policy.Capacity.WorkloadWeights with { AssignedToday = -2 },
            RepScoreWeights = d.Policy.Capacity.RepScoreWeights with { ConversionRate = double.PositiveInfinity, ResponseTimeHalfScore = TimeSpan.Zero },
        };
        d = d with { Policy = d.Policy with { Capacity = capacity } };

        var fields = DatasetValidator.Validate(d).Select(e => e.Field).ToList();

        Assert.Equal(["capacity.workloadWeights.assignedToday", "capacity.repScoreWeights.conversionRate", "capacity.repScoreWeights.responseTimeHalfScore"], fields);
    }

    [Fact]
    public void Validate_SlaLeadTypeGivenTwice_NamesTheSecond()
    {
        var d = TestData.Small();
        var demo = new SlaRule(LeadType.DemoRequest, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
        d = d with { Policy = d.Policy with { Sla = d.Policy.Sla with { Rules = [demo, new SlaRule(LeadType.Event, TimeSpan.FromHours(24), TimeSpan.FromHours(72)), demo with { ResponseTarget = TimeSpan.FromMinutes(5) }] } } };
        AssertSingle(d, "RoutingPolicy", "policy", "sla.rules[2].leadType");
    }

    [Theory]
    [InlineData(12, "sla.rules[0].responseTargetMax")] // below the response target
    [InlineData(80, "sla.rules[0].responseTargetMax")] // after the escalation
    [InlineData(48, null)]
    [InlineData(72, null)]
    public void Validate_SlaResponseTargetMaxOutsideItsRule_Reported(int maxHours, string? field)
    {
        var d = TestData.Small();
        var evt = new SlaRule(LeadType.Event, TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromHours(maxHours));
        d = d with { Policy = d.Policy with { Sla = d.Policy.Sla with { Rules = [evt] } } };
        if (field is null)
        {
            Assert.Empty(DatasetValidator.Validate(d));
        }
        else
        {
            AssertSingle(d, "RoutingPolicy", "policy", field);
        }
    }

    [Fact]
    public void Validate_HealthTargetsOutOfRange_NamesEachField()
    {
        // A share written as a percentage (95 for 0.95), a negative spread, a ratio below one, no time to assign at all.
        var d = TestData.Small();
        d = d with
        {
            Policy = d.Policy with
            {
                Health = new()
                {
                    AssignmentSuccessTarget = 95, FairnessGiniAlert = double.NaN, TerritoryVolumeSpreadAlert = -1, TerritoryVolumeRatioAlert = 0.5,
                    TimeToAssignTarget = TimeSpan.Zero, TerritoryConversionSpreadAlert = 20, SlaComplianceTarget = 90, MinOutcomesPerGroup = 0,
                },
            },
        };

        var errors = DatasetValidator.Validate(d).Where(e => e.RecordType == "RoutingPolicy").Select(e => e.Field).Order().ToList();

        Assert.Equal(
            [
                "health.assignmentSuccessTarget", "health.fairnessGiniAlert", "health.minOutcomesPerGroup", "health.slaComplianceTarget", "health.territoryConversionSpreadAlert",
                "health.territoryVolumeRatioAlert", "health.territoryVolumeSpreadAlert", "health.timeToAssignTarget",
            ],
            errors);
    }

    [Fact]
    public void Validate_NearestTerritoryUnknownOrUnnamed_NamesTheArea()
    {
        var d = TestData.Small();
        var known = d.Territories[0].Id;
        d = d with
        {
            Policy = d.Policy with
            {
                Territories = d.Policy.Territories with
                {
                    NearestTerritories = new Dictionary<string, string> { ["GP"] = "ter-nowhere", ["RE"] = known, [" "] = known },
                },
            },
        };

        var errors = DatasetValidator.Validate(d).Where(e => e.RecordType == "RoutingPolicy").Select(e => e.Field).Order().ToList();

        Assert.Equal(["territories.nearestTerritories[ ]", "territories.nearestTerritories[GP]"], errors);
    }

    /// <summary>"06" and "6" are one area to the router: two territories for it are refused, the same territory twice is harmless.</summary>
    [Fact]
    public void Validate_NearestTerritoryAreaSpelledTwiceForTwoTerritories_Refused()
    {
        var d = TestData.Small();
        var (first, second) = (d.Territories[0].Id, d.Territories[1].Id);
        d = d with
        {
            Policy = d.Policy with
            {
                Territories = d.Policy.Territories with
                {
                    NearestTerritories = new Dictionary<string, string> { ["06"] = first, ["6"] = second, ["IDF"] = first, ["idf"] = first },
                },
            },
        };

        var error = Assert.Single(DatasetValidator.Validate(d), e => e.RecordType == "RoutingPolicy");

        Assert.Equal("territories.nearestTerritories[6]", error.Field);
        Assert.Contains("'06'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "needs an industry")]
    [InlineData("  ", "needs an industry")]
    [InlineData(null, "needs an industry")]
    [InlineData(" retail", "must not start or end with a space")]
    [InlineData("retail ", "must not start or end with a space")]
    public void Validate_IdealCustomerIndustryBlankOrPadded_NamesTheEntry(string? industry, string message)
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Assignment = d.Policy.Assignment with { IdealCustomerIndustries = ["software", industry!] } } };

        var error = AssertSingle(d, "RoutingPolicy", "policy", "assignment.idealCustomerIndustries[1]");

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdealCustomerIndustryTooLong_NamesTheEntry()
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Assignment = d.Policy.Assignment with { IdealCustomerIndustries = [new string('x', TextLimits.MaxText + 1)] } } };

        AssertSingle(d, "RoutingPolicy", "policy", "assignment.idealCustomerIndustries[0]");
    }

    [Fact]
    public void Validate_IdealCustomerIndustriesNull_NamesTheList()
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Assignment = d.Policy.Assignment with { IdealCustomerIndustries = null! } } };

        AssertSingle(d, "RoutingPolicy", "policy", "assignment.idealCustomerIndustries");
    }

    /// <summary>Industries compare case aside: the same one twice, in any case, is harmless.</summary>
    [Fact]
    public void Validate_IdealCustomerIndustriesGivenTwice_Accepted()
    {
        var d = TestData.Small();
        d = d with { Policy = d.Policy with { Assignment = d.Policy.Assignment with { IdealCustomerIndustries = ["software", "Software", "manufacturing"] } } };

        Assert.Empty(DatasetValidator.Validate(d));
    }

    [Fact]
    public void Validate_MissingIdAndName_Reported()
    {
        var d = TestData.Small();
        var errors = DatasetValidator.Validate(d with { Accounts = [.. d.Accounts, new Account { Id = "", Name = "" }] });
        Assert.Contains(errors, e => e.Field == "id");
        Assert.Contains(errors, e => e.Field == "name");
    }

    [Fact]
    public void Validate_ChurnedWithoutDate_Reported()
    {
        var d = TestData.Small();
        AssertSingle(d with { Accounts = [.. d.Accounts, new Account { Id = "ch", Name = "Ch", Status = AccountStatus.Churned }] }, "Account", "ch", "churnedOn");
    }

    [Fact]
    public void ThrowIfInvalid_Invalid_ExceptionCarriesErrors()
    {
        var d = TestData.Small();
        var e = Assert.Throws<DatasetValidationException>(() => DatasetValidator.ThrowIfInvalid(d with { Accounts = [.. d.Accounts, new Account { Id = "x", Name = "X", OwnerId = "nobody" }] }));
        Assert.Single(e.Errors);
        Assert.Contains("nobody", e.Message);
    }

    private static ValidationError AssertSingle(Dataset d, string type, string id, string field)
    {
        var error = Assert.Single(DatasetValidator.Validate(d));
        Assert.Equal((type, id, field), (error.RecordType, error.RecordId, error.Field));
        return error;
    }
}
