using RoutingRules.Engine.Tests.Facts;
using RoutingRules.Engine.Tests.Sample;

namespace RoutingRules.Engine.Tests;

public sealed class SampleRuleSetTests
{
    private static readonly Lazy<ISessionFactory> Factory = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(SampleRuleSetTests).Assembly).Where(r => r.IsTagged("sample")));
        return repository.Compile();
    });

    [Fact]
    public void Load_FromAssemblyWithTagFilter_LoadsOnlySampleRules()
    {
        var names = Factory.Value.Rules.Select(r => r.Name).Order().ToArray();

        Assert.Equal(
            ["Sample.CrowdedDomain", "Sample.FastTrack", "Sample.KnownAccount", "Sample.QualifyHotLead", "Sample.UnknownDomain"],
            names);
    }

    [Fact]
    public void Fire_SampleRuleSet_RoutesLeadsInPriorityOrder()
    {
        var session = Factory.Value.CreateSession();
        var log = new RoutingLog();
        session.Insert(log);
        session.InsertAll(
        [
            new Lead(1, "acme.com", 95), new Lead(2, "acme.com", 20), new Lead(3, "acme.com", 30),
            new Lead(4, "new.io", 85), new Account(10, "acme.com"),
        ]);

        session.Fire();

        Assert.Equal(
        [
            "Lead 1 -> owner of Account 10", "Lead 2 -> owner of Account 10", "Lead 3 -> owner of Account 10",
            "Lead 4 -> new-business queue", "acme.com crowded (3 leads)",
        ], log.Lines.Skip(0).Take(5).Order());
        Assert.Equal(["Lead 1 -> fast track", "Lead 4 -> fast track"], log.Lines.Skip(5).Order());
        Assert.Equal(2, session.Query<QualifiedLead>().Count);
    }
}
