using RoutingRules.Domain.Routing.Facts;

namespace RoutingRules.Domain.Tests.Routing;

public class WeightAdjustmentTests
{
    [Fact]
    public void Reason_Deferred_DescribedOnceWhenFirstRead()
    {
        var calls = 0;
        var adjustment = new WeightAdjustment("r1", 0.5, () => $"quota attainment {++calls}");
        Assert.Equal(0, calls);

        Assert.Equal("quota attainment 1", adjustment.Reason);
        Assert.Equal("r1 weight x0.5: quota attainment 1", adjustment.ToString());
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Reason_Given_ReadAsGiven() =>
        Assert.Equal("manual", new WeightAdjustment("r1", 0.5, "manual").Reason);
}
