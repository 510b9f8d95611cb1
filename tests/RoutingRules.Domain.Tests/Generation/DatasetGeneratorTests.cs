using RoutingRules.Domain.Generation;
using RoutingRules.Domain.Serialization;
using RoutingRules.Domain.Snapshot;
using RoutingRules.Domain.Validation;

namespace RoutingRules.Domain.Tests.Generation;

public class DatasetGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_SameDataset() =>
        Assert.Equal(DatasetJson.Serialize(DatasetGenerator.Generate(500, 40, 60, 7)), DatasetJson.Serialize(DatasetGenerator.Generate(500, 40, 60, 7)));

    [Fact]
    public void Generate_DifferentSeed_DifferentDataset() =>
        Assert.NotEqual(DatasetJson.Serialize(DatasetGenerator.Generate(100, 10, 20, 1)), DatasetJson.Serialize(DatasetGenerator.Generate(100, 10, 20, 2)));

    [Fact]
    public void Generate_Sizes_ValidAndRequestedCounts()
    {
        var d = DatasetGenerator.Generate(5_000, 200, 500, 42);
        Assert.Equal((5_000, 200, 500), (d.Accounts.Count, d.Reps.Count, d.Territories.Count));
        Assert.Empty(DatasetValidator.Validate(d));
        Assert.True(d.Territories.Count(t => t.ParentId is not null) > 400);
        Assert.True(d.Accounts.Select(a => a.Country).Distinct().Count() > 5);
        Assert.Equal(500, d.Accounts.Count(a => a.IpRanges.Count > 0));
        Assert.Equal("acc-000011", Assert.Single(ReferenceSnapshot.Build(d).FindAccountsByIp("10.0.1.77")).Account.Id);
    }
}
