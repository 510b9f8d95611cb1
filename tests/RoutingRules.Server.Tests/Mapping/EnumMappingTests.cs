using RoutingRules.Server.Mapping;
using Domain = RoutingRules.Domain;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Mapping;

public class EnumMappingTests
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(Domain.Model.RepRole), typeof(Proto.RepRole) },
        { typeof(Domain.Model.Seniority), typeof(Proto.Seniority) },
        { typeof(Domain.Model.RepStatus), typeof(Proto.RepStatus) },
        { typeof(Domain.Model.DistributionStrategy), typeof(Proto.DistributionStrategy) },
        { typeof(Domain.Model.AccountStatus), typeof(Proto.AccountStatus) },
        { typeof(Domain.Model.PartnerSourcing), typeof(Proto.PartnerSourcing) },
        { typeof(Domain.Model.OpportunityStatus), typeof(Proto.OpportunityStatus) },
        { typeof(Domain.Model.LeadOutcome), typeof(Proto.LeadOutcome) },
        { typeof(Domain.Model.Segment), typeof(Proto.Segment) },
        { typeof(Domain.Policy.CompetitorHandling), typeof(Proto.CompetitorHandling) },
        { typeof(Domain.Policy.LowWeakTreatment), typeof(Proto.LowWeakTreatment) },
        { typeof(Domain.Policy.OverlapResolution), typeof(Proto.OverlapResolution) },
        { typeof(Domain.Policy.RoutingDimension), typeof(Proto.RoutingDimension) },
        { typeof(Domain.Policy.LeadType), typeof(Proto.LeadType) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ProtoEnum_AfterUnspecified_ListsDomainMembersInOrder(Type domain, Type proto)
    {
        var protoNames = Enum.GetValues(proto).Cast<object>().OrderBy(Convert.ToInt32).Select(v => v.ToString()).ToList();
        var domainNames = Enum.GetValues(domain).Cast<object>().OrderBy(Convert.ToInt32).Select(v => v.ToString());

        Assert.Equal("Unspecified", protoNames[0]);
        Assert.Equal(domainNames, protoNames.Skip(1));
    }

    /// <summary>The reason's numbers are stored and sent as they are: its Unknown is the proto's UNSPECIFIED, the others share names.</summary>
    [Fact]
    public void ToProto_UnmatchedReason_SameNameAndNumberUnknownUnspecified()
    {
        foreach (var reason in Enum.GetValues<Domain.Routing.UnmatchedReason>())
        {
            var proto = RoutingRules.Server.Routing.DecisionMapping.ToProto(reason);

            Assert.Equal(reason == Domain.Routing.UnmatchedReason.Unknown ? "Unspecified" : reason.ToString(), proto.ToString());
            Assert.Equal((int)reason, (int)proto);
        }

        Assert.Equal(Enum.GetValues<Domain.Routing.UnmatchedReason>().Length, Enum.GetValues<Proto.UnmatchedReason>().Length);
    }

    [Fact]
    public void ToDomain_UnknownNumber_RecordsFieldAndReturnsFallback()
    {
        var errors = new FieldErrors();

        var value = EnumMapping.ToDomain((Proto.RepRole)99, Domain.Model.RepRole.AccountExecutive, errors, "reps[x].role");

        Assert.Equal(Domain.Model.RepRole.AccountExecutive, value);
        Assert.Equal("reps[x].role", errors.Violations.Single().Field);
    }

    [Theory]
    [InlineData("workload.openLeads", "workload.open_leads")]
    [InlineData("criteria.countries[0]", "criteria.countries[0]")]
    [InlineData("memberRepIds[12]", "member_rep_ids[12]")]
    [InlineData("accounts.amHandOffContractValue", "accounts.am_hand_off_contract_value")]
    public void SnakeCase_CamelPath_ConvertsEachSegment(string camel, string snake)
    {
        Assert.Equal(snake, ValidationMapping.SnakeCase(camel));
    }
}
