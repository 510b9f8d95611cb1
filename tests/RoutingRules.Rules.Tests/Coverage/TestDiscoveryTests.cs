using RoutingRules.Rules.Tests.Kit;

namespace RoutingRules.Rules.Tests.Coverage;

public sealed class TestDiscoveryTests
{
    private const string SampleNamespace = "RoutingRules.Rules.Tests.Coverage.Samples";

    [Fact]
    public async Task Calls_OfTheSampleTests_RunEveryFactAndEveryTheoryRowInTheRecording()
    {
        var problems = new List<string>();
        var calls = TestDiscovery.Calls(typeof(TestDiscoveryTests).Assembly, SampleNamespace, problems);

        IReadOnlySet<string> noted;
        using (var recording = FiredRuleRecording.Open())
        {
            foreach (var call in calls)
            {
                Assert.Null(await call.RunAsync());
            }

            noted = recording.Fired;
        }

        Assert.Empty(problems);
        Assert.Equal(10, calls.Count);
        Assert.Equal(
            ["async fact", "before failing", "class a", "class b", "disposed", "fact", "inline 1 Referral", "inline 2 Event", "member a", "member b", "null row True"],
            noted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Calls_OfANamespaceWithoutTests_AreNone()
    {
        var problems = new List<string>();

        Assert.Empty(TestDiscovery.Calls(typeof(TestDiscoveryTests).Assembly, SampleNamespace + ".None", problems));
        Assert.Empty(problems);
    }
}
