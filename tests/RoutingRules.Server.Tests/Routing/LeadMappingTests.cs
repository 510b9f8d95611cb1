using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Commit;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Domain.Routing.Logic;
using RoutingRules.Server.Routing;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Routing;

public sealed class LeadMappingTests
{
    [Fact]
    public void ToDomain_EveryField_Mapped()
    {
        var lead = LeadMapping.ToDomain(LeadRequestValidatorTests.ValidRequest().Lead);

        Assert.Equal("L-1", lead.Id);
        Assert.Equal("jane.doe@acme.com", lead.Email);
        Assert.Equal(("Jane", "Doe", "CFO"), (lead.FirstName, lead.LastName, lead.Title));
        Assert.Equal(ContactLevel.CLevel, lead.ContactLevel);
        Assert.Equal("finance", lead.ContactDepartment);
        Assert.Equal(("Acme Inc", "www.acme.com", "192.0.2.10"), (lead.CompanyName, lead.Website, lead.IpAddress));
        Assert.Equal(("FR", "Ile-de-France", "75", "Paris", "75008"), (lead.Country, lead.Region, lead.Department, lead.City, lead.PostalCode));
        Assert.Equal("healthcare", lead.Industry);
        Assert.Equal(["pharma"], lead.SecondaryIndustries);
        Assert.Equal(1200, lead.EmployeeCount);
        Assert.Equal(5_000_000.5m, lead.AnnualRevenue);
        Assert.Equal(60_000m, lead.EstimatedDealValue);
        Assert.Equal(85, lead.Score);
        Assert.Equal(LeadSource.Referral, lead.Source);
        Assert.Equal("bob@partner.com", lead.Referrer);
        Assert.Equal("analytics", lead.ProductInterest);
        Assert.True(lead.NewProductRequest);
        Assert.Equal("fr", lead.PreferredLanguage);
        Assert.Equal("Europe/Paris", lead.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), lead.SubmittedAt);
        Assert.Equal([IntentSignal.DemoRequest, IntentSignal.DemoRequest, IntentSignal.EventBadgeScan], lead.IntentSignals);
    }

    [Fact]
    public void ToDomain_AbsentNumbersAndEmptyStrings_Unknown()
    {
        var lead = LeadMapping.ToDomain(new Proto.Lead { Id = " L-2 ", CompanyName = "Acme", Email = "", Country = "de" });

        Assert.Equal("L-2", lead.Id);
        Assert.Null(lead.Email);
        Assert.Equal("DE", lead.Country);
        Assert.Null(lead.EmployeeCount);
        Assert.Null(lead.Score);
        Assert.Null(lead.AnnualRevenue);
        Assert.Null(lead.SubmittedAt);
        Assert.Equal(ContactLevel.Unknown, lead.ContactLevel);
        Assert.Equal(LeadSource.Unknown, lead.Source);
    }

    [Fact]
    public void ToDomain_RepeatedSignalsKept_BlankIndustriesDropped_InOrder()
    {
        var proto = new Proto.Lead { Id = "L-3", CompanyName = "Acme" };
        proto.IntentSignals.Add([
            Proto.IntentSignal.PricingPageVisit, Proto.IntentSignal.Unspecified, Proto.IntentSignal.DemoRequest,
            Proto.IntentSignal.PricingPageVisit,
        ]);
        proto.SecondaryIndustries.Add([" ", " pharma ", "", "retail"]);

        var lead = LeadMapping.ToDomain(proto);

        Assert.Equal([IntentSignal.PricingPageVisit, IntentSignal.DemoRequest, IntentSignal.PricingPageVisit], lead.IntentSignals);
        Assert.Equal(["pharma", "retail"], lead.SecondaryIndustries);
    }

    /// <summary>DOMAIN.md §5: several content downloads are medium intent, one is low; the wire must be able to say "several".</summary>
    [Fact]
    public void ToDomain_ContentDownloadSentTwice_IsMediumIntent()
    {
        var proto = new Proto.Lead { Id = "L-4", CompanyName = "Acme" };
        proto.IntentSignals.Add([Proto.IntentSignal.ContentDownload, Proto.IntentSignal.ContentDownload]);

        Assert.Equal(IntentLevel.Medium, LeadClassifier.Intent(LeadMapping.ToDomain(proto)));
    }

    [Fact]
    public void ToDomain_NoSignalsOrIndustries_EmptyLists()
    {
        var proto = new Proto.Lead { Id = "L-4", CompanyName = "Acme" };
        proto.IntentSignals.Add(Proto.IntentSignal.Unspecified);
        proto.SecondaryIndustries.Add("  ");

        var lead = LeadMapping.ToDomain(proto);

        Assert.Empty(lead.IntentSignals);
        Assert.Empty(lead.SecondaryIndustries);
    }

    [Fact]
    public void ToProto_QueueWithFlags_MapsAssigneeFlagsAndOptionalFields()
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
        var committed = new CommittedDecision
        {
            DecisionId = "d1",
            Sequence = 1,
            IdempotencyKey = "L1",
            DecidedAt = now,
            SupersedesDecisionId = "d0",
            Decision = new RoutingDecision
            {
                LeadId = "L1",
                Assignee = Assignee.ForQueue("escalation"),
                Level = RoutingLevel.Escalation,
                Treatment = Treatment.NurtureWithMonitoring,
                Priority = LeadPriority.Hot,
                RespondBy = now.AddMinutes(15),
                EscalateAt = now.AddMinutes(30),
                Flags = RoutingFlags.CapacityOverflow | RoutingFlags.TimeZoneMismatch | RoutingFlags.QueueCapacityAlert | RoutingFlags.IpNetworkAccount,
                NextContactAt = now.AddHours(9),
                Reason = "Everyone is at capacity.",
                RuleSetVersion = "abc",
            },
        };

        var response = DecisionMapping.ToProto(new AssignmentResult(committed, Replay: true));

        Assert.Equal("escalation", response.Assignee.Queue);
        Assert.Equal(Proto.RoutingLevel.Escalation, response.Level);
        Assert.Equal(Proto.Treatment.NurtureWithMonitoring, response.Treatment);
        Assert.Equal(Proto.LeadPriority.Hot, response.Priority);
        Assert.Equal(
            [Proto.DecisionFlag.TimeZoneMismatch, Proto.DecisionFlag.CapacityOverflow, Proto.DecisionFlag.QueueCapacityAlert, Proto.DecisionFlag.IpNetworkAccount],
            response.Flags);
        Assert.Equal(now.AddHours(9), response.NextContactAt.ToDateTimeOffset());
        Assert.Equal(now.AddMinutes(30), response.Sla.EscalateAt.ToDateTimeOffset());
        Assert.Null(response.Territory);
        Assert.False(response.HasAccountId);
        Assert.False(response.HasSubsidiaryAccountId);
        Assert.Equal("d0", response.SupersedesDecisionId);
        Assert.True(response.Replay);
    }

    public static TheoryData<RoutingFlags> AllFlags() => new(Enum.GetValues<RoutingFlags>().Where(f => f != RoutingFlags.None));

    /// <summary>A flag without its pair in DecisionMapping would be left out of the response without a word.</summary>
    [Theory]
    [MemberData(nameof(AllFlags))]
    public void ToProto_EveryFlag_IsTheDecisionFlagOfTheSameName(RoutingFlags flag)
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var committed = new CommittedDecision
        {
            DecisionId = "d1",
            Sequence = 1,
            IdempotencyKey = "L1",
            DecidedAt = now,
            Decision = new RoutingDecision
            {
                LeadId = "L1", Assignee = Assignee.ForRep("r1", "Ann"), Level = RoutingLevel.Territory, Treatment = Treatment.SdrQualification,
                RespondBy = now, EscalateAt = now, Flags = flag,
                Reason = "r", RuleSetVersion = "v",
            },
        };

        var response = DecisionMapping.ToProto(new AssignmentResult(committed, Replay: false));

        Assert.Equal([Enum.Parse<Proto.DecisionFlag>(flag.ToString())], response.Flags);
    }

    public static TheoryData<RoutingLevel> AllLevels() => new(Enum.GetValues<RoutingLevel>());

    // Every level the rules can decide must reach clients as itself, never as UNSPECIFIED.
    [Theory]
    [MemberData(nameof(AllLevels))]
    public void ToProto_EveryLevelAndTreatment_HasAProtoValue(RoutingLevel level)
    {
        foreach (var treatment in Enum.GetValues<Treatment>())
        {
            var committed = new CommittedDecision
            {
                DecisionId = "d",
                Sequence = 1,
                IdempotencyKey = "k",
                DecidedAt = DateTimeOffset.UnixEpoch,
                Decision = new RoutingDecision
                {
                    LeadId = "L",
                    Assignee = Assignee.ForRep("r", "R"),
                    Level = level,
                    Treatment = treatment,
                    RespondBy = DateTimeOffset.UnixEpoch,
                    EscalateAt = DateTimeOffset.UnixEpoch,
                    Reason = "r",
                    RuleSetVersion = "v",
                },
            };

            var response = DecisionMapping.ToProto(new AssignmentResult(committed, false));

            Assert.NotEqual(Proto.Treatment.Unspecified, response.Treatment);
            Assert.Equal(level.ToString(), response.Level.ToString());
        }
    }

    [Fact]
    public void ToProto_SubsidiaryOfAParent_BothAccounts()
    {
        var committed = new CommittedDecision
        {
            DecisionId = "d",
            Sequence = 1,
            IdempotencyKey = "L",
            DecidedAt = DateTimeOffset.UnixEpoch,
            Decision = new RoutingDecision
            {
                LeadId = "L",
                Assignee = Assignee.ForRep("r", "R"),
                Level = RoutingLevel.CustomerOwner,
                AccountId = "acc-acme",
                SubsidiaryAccountId = "acc-acme-sud",
                Treatment = Treatment.SeniorAeImmediate,
                RespondBy = DateTimeOffset.UnixEpoch,
                EscalateAt = DateTimeOffset.UnixEpoch,
                Reason = "r",
                RuleSetVersion = "v",
            },
        };

        var response = DecisionMapping.ToProto(new AssignmentResult(committed, false));

        Assert.Equal("acc-acme", response.AccountId);
        Assert.Equal("acc-acme-sud", response.SubsidiaryAccountId);
    }
}
