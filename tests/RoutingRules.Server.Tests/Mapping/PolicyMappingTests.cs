using RoutingRules.Domain.Policy;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Mapping;

/// <summary>The ideal customer profile's industries, the SLA compliance target and the revenue bands both ways between the proto and the domain policy.</summary>
public sealed class PolicyMappingTests
{
    [Fact]
    public void ToDomain_IdealCustomerIndustries_KeptInOrder()
    {
        var proto = new Proto.RoutingPolicy { Assignment = new Proto.AssignmentPolicy { IdealCustomerIndustries = { "software", "Manufacturing" } } };
        var errors = new FieldErrors();

        var policy = PolicyMapping.ToDomain(proto, errors, "policy");

        Assert.Equal(0, errors.Count);
        Assert.Equal(["software", "Manufacturing"], policy.Assignment.IdealCustomerIndustries);
        Assert.Equal(RoutingPolicy.Default.Assignment.LowLeadScore, policy.Assignment.LowLeadScore);
    }

    [Fact]
    public void ToDomain_AssignmentWithoutIndustries_EveryIndustryFits()
    {
        var policy = PolicyMapping.ToDomain(new Proto.RoutingPolicy { Assignment = new Proto.AssignmentPolicy { LowLeadScore = 40 } }, new FieldErrors(), "policy");

        Assert.Empty(policy.Assignment.IdealCustomerIndustries);
    }

    [Fact]
    public void ToProtoToDomain_PolicyWithIndustries_RoundTrips()
    {
        var policy = RoutingPolicy.Default with
        {
            Assignment = RoutingPolicy.Default.Assignment with { IdealCustomerIndustries = ["software", "healthcare"], LowLeadScore = 45 },
        };

        var proto = PolicyMapping.ToProto(policy);
        var back = PolicyMapping.ToDomain(proto, new FieldErrors(), "policy");

        Assert.Equal(["software", "healthcare"], proto.Assignment.IdealCustomerIndustries);
        Assert.Equal(policy.Assignment.IdealCustomerIndustries, back.Assignment.IdealCustomerIndustries);
        Assert.Equal(45, back.Assignment.LowLeadScore);
        Assert.Equal(proto, PolicyMapping.ToProto(back));
    }

    [Fact]
    public void ToProtoToDomain_SwitchesOffTheirDefault_RoundTrip()
    {
        var policy = RoutingPolicy.Default with
        {
            Assignment = RoutingPolicy.Default.Assignment with { TreatmentSetsRepProfile = false },
            Accounts = RoutingPolicy.Default.Accounts with { ProspectOwnerRoutes = true },
            Sla = RoutingPolicy.Default.Sla with { EscalateInWorkingHours = false },
        };

        var back = PolicyMapping.ToDomain(PolicyMapping.ToProto(policy), new FieldErrors(), "policy");

        Assert.Equal(
            (false, true, false),
            (back.Assignment.TreatmentSetsRepProfile, back.Accounts.ProspectOwnerRoutes, back.Sla.EscalateInWorkingHours));
        Assert.Equal(
            (true, false, true),
            (RoutingPolicy.Default.Assignment.TreatmentSetsRepProfile, RoutingPolicy.Default.Accounts.ProspectOwnerRoutes, RoutingPolicy.Default.Sla.EscalateInWorkingHours));
    }

    [Fact]
    public void ToDomain_SlaComplianceTargetAbsentOrGiven_DefaultOrTheValue()
    {
        var absent = PolicyMapping.ToDomain(new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { FairnessGiniAlert = 0.4 } }, new FieldErrors(), "policy");
        var given = PolicyMapping.ToDomain(new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { SlaComplianceTarget = 0.8 } }, new FieldErrors(), "policy");

        Assert.Equal(0.90, absent.Health.SlaComplianceTarget);
        Assert.Equal(0.8, given.Health.SlaComplianceTarget);
        Assert.Equal(0.8, PolicyMapping.ToProto(given).Health.SlaComplianceTarget);
        Assert.True(PolicyMapping.ToProto(RoutingPolicy.Default).Health.HasSlaComplianceTarget);
    }

    [Fact]
    public void ToProtoToDomain_RevenueBands_RoundTrip()
    {
        var policy = RoutingPolicy.Default with
        {
            Territories = RoutingPolicy.Default.Territories with { EnterpriseMinRevenue = 50_000_000m, MidMarketMinRevenue = 12_500_000.5m },
        };

        var proto = PolicyMapping.ToProto(policy);
        var errors = new FieldErrors();
        var back = PolicyMapping.ToDomain(proto, errors, "policy");

        Assert.Equal(0, errors.Count);
        Assert.Equal((50_000_000d, 12_500_000.5d), (proto.Territories.EnterpriseMinRevenue, proto.Territories.MidMarketMinRevenue));
        Assert.Equal((50_000_000m, 12_500_000.5m), (back.Territories.EnterpriseMinRevenue, back.Territories.MidMarketMinRevenue));
        Assert.Equal(proto, PolicyMapping.ToProto(back));
    }

    [Fact]
    public void ToProtoToDomain_RevenueBandsUnset_StayUnset()
    {
        var proto = PolicyMapping.ToProto(RoutingPolicy.Default);
        var back = PolicyMapping.ToDomain(proto, new FieldErrors(), "policy");

        Assert.False(proto.Territories.HasEnterpriseMinRevenue);
        Assert.False(proto.Territories.HasMidMarketMinRevenue);
        Assert.Null(back.Territories.EnterpriseMinRevenue);
        Assert.Null(back.Territories.MidMarketMinRevenue);
    }

    [Fact]
    public void ToDomain_RevenueBandNotAnAmount_NamesTheField()
    {
        var proto = new Proto.RoutingPolicy { Territories = new Proto.TerritoryPolicy { EnterpriseMinRevenue = 50_000_000, MidMarketMinRevenue = double.NaN } };
        var errors = new FieldErrors();

        PolicyMapping.ToDomain(proto, errors, "policy");

        Assert.Equal("policy.territories.mid_market_min_revenue", Assert.Single(errors.Violations).Field);
    }

    [Fact]
    public void ToDomain_MinOutcomesPerGroupAbsentOrGiven_DefaultOrTheValueAndBack()
    {
        var absent = PolicyMapping.ToDomain(new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { FairnessGiniAlert = 0.4 } }, new FieldErrors(), "policy");
        var given = PolicyMapping.ToDomain(new Proto.RoutingPolicy { Health = new Proto.HealthPolicy { MinOutcomesPerGroup = 35 } }, new FieldErrors(), "policy");

        Assert.Equal(20, absent.Health.MinOutcomesPerGroup);
        Assert.Equal(35, given.Health.MinOutcomesPerGroup);
        Assert.Equal(35, PolicyMapping.ToProto(given).Health.MinOutcomesPerGroup);
        Assert.Equal(given.Health, PolicyMapping.ToDomain(PolicyMapping.ToProto(given), new FieldErrors(), "policy").Health);
        Assert.True(PolicyMapping.ToProto(RoutingPolicy.Default).Health.HasMinOutcomesPerGroup);
    }

    [Fact]
    public void ToProto_DefaultPolicy_SendsNoIndustry()
    {
        Assert.Empty(PolicyMapping.ToProto(RoutingPolicy.Default).Assignment.IdealCustomerIndustries);
    }
}
