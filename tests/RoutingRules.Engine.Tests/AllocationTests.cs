using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void Fire_SessionPerRequestWithoutSubscribers_StaysWithinBudget()
    {
        var factory = Engine.Compile(typeof(JoinRule), typeof(NotRule));
        var accounts = Enumerable.Range(0, 20).Select(i => new Account(i, $"d{i}")).ToArray();
        var lead = new Lead(1, "d3", 50);
        Run(factory, lead, accounts, subscribe: false);

        var plain = Run(factory, lead, accounts, subscribe: false);

        Assert.InRange(plain, 1, 8 * 1024);
    }

    [Fact]
    public void Insert_WithSubscriber_AllocatesEventArgsOnlyThen()
    {
        var factory = Engine.Compile(typeof(JoinRule), typeof(NotRule));
        var accounts = Enumerable.Range(0, 20).Select(i => new Account(i, $"d{i}")).ToArray();
        var lead = new Lead(1, "d3", 50);
        Run(factory, lead, accounts, subscribe: true);

        var plain = Run(factory, lead, accounts, subscribe: false);
        var observed = Run(factory, lead, accounts, subscribe: true);

        Assert.True(observed - plain >= 21 * 24, $"plain {plain} B, observed {observed} B");
    }

    private static long Run(ISessionFactory factory, Lead lead, Account[] accounts, bool subscribe)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var session = factory.CreateSession();
        if (subscribe)
        {
            session.Events.FactInsertedEvent += (_, e) => GC.KeepAlive(e);
        }

        session.Insert(lead);
        foreach (var account in accounts)
        {
            session.Insert(account);
        }

        Assert.Equal(1, session.Fire());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private sealed class JoinRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class NotRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead).Not<Account>(a => a.Domain == lead.Domain);
            Then().Do(ctx => lead.ToString());
        }
    }
}
