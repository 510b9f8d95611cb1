namespace RoutingRules.Rules.Tests.Kit;

public sealed class FiredRuleRecordingTests
{
    [Fact]
    public void Route_InsideARecording_RecordsTheRulesThatFired()
    {
        using var recording = FiredRuleRecording.Open();

        var routed = RoutingKit.Demo().Route(Leads.InParis("ceo@recorded.fr"));

        Assert.NotEmpty(routed.Trace.FiredRules);
        Assert.Equal(routed.Trace.FiredRules.ToHashSet(), recording.Fired);
    }

    [Fact]
    public void Note_InANestedRecording_ReachesTheEnclosingOneAndEndsWithIt()
    {
        using var outer = FiredRuleRecording.Open();
        using (var inner = FiredRuleRecording.Open())
        {
            FiredRuleRecording.Note(["Inner.Rule"]);
            Assert.Equal(["Inner.Rule"], inner.Fired);
        }

        FiredRuleRecording.Note(["Outer.Rule"]);

        Assert.Equal(["Inner.Rule", "Outer.Rule"], outer.Fired.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Note_FromAFlowStartedOutsideTheRecording_IsNotRecorded()
    {
        var go = new TaskCompletionSource();
        var besideIt = Task.Run(async () =>
        {
            await go.Task;
            FiredRuleRecording.Note(["Beside.Rule"]);
        });

        using var recording = FiredRuleRecording.Open();
        var insideIt = Task.Run(() => FiredRuleRecording.Note(["Inside.Rule"]));
        go.SetResult();
        await Task.WhenAll(besideIt, insideIt);

        Assert.Equal(["Inside.Rule"], recording.Fired);
    }
}
