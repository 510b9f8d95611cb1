using RoutingRules.Domain.Model;
using RoutingRules.Server.Mapping;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Tests.Mapping;

/// <summary>A rep's workload keeps its presence both ways: a rep sent without one keeps the stored workload; its lists are kept.</summary>
public sealed class RepMappingTests
{
    [Fact]
    public void ToDomain_RepWithoutWorkload_HasNone()
    {
        var rep = RepMapping.ToDomain(new Proto.Rep { Id = "r1", Name = "Ann" }, new FieldErrors(), "reps[r1]");

        Assert.False(rep.HasWorkload);
    }

    [Fact]
    public void ToDomain_RepWithZeroWorkload_HasOne()
    {
        var rep = RepMapping.ToDomain(new Proto.Rep { Id = "r1", Name = "Ann", Workload = new Proto.RepWorkload() }, new FieldErrors(), "reps[r1]");

        Assert.True(rep.HasWorkload);
        Assert.Equal(RepWorkload.Empty, rep.Workload);
    }

    [Fact]
    public void ToProto_RepWithoutWorkload_SendsNone()
    {
        Assert.Null(RepMapping.ToProto(new Rep { Id = "r1", Name = "Ann" }).Workload);
        Assert.Equal(3, RepMapping.ToProto(new Rep { Id = "r1", Name = "Ann", Workload = new RepWorkload { OpenLeads = 3 } }).Workload.OpenLeads);
    }

    [Fact]
    public void RoundTrip_RepProducts_AreKept()
    {
        var proto = RepMapping.ToProto(new Rep { Id = "r1", Name = "Ann", Products = ["enterprise-suite", "crm"] });

        Assert.Equal(["enterprise-suite", "crm"], proto.Products);
        Assert.Equal(["enterprise-suite", "crm"], RepMapping.ToDomain(proto, new FieldErrors(), "reps[r1]").Products);
    }
}
