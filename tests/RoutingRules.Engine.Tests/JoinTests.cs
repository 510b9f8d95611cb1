using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class JoinTests
{
    [Fact]
    public void Fire_LeadWithAccountOnSameDomain_FiresOncePerPair()
    {
        var (session, recorder) = Engine.Session(typeof(LeadAccountRule));
        session.Insert(new Lead(1, "a.com", 50));
        session.Insert(new Account(10, "a.com"));
        session.Insert(new Account(11, "b.com"));

        session.Fire();

        Assert.Equal(["Lead 1/Account 10"], recorder.Entries);
    }

    private sealed class LeadAccountRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Match(() => account, a => a.Domain == lead.Domain);
            Then()
                .Do(ctx => recorder.Add($"{lead}/{account}"));
        }
    }
}
