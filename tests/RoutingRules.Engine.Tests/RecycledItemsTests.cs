using RoutingRules.Engine.Rete;
using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>What a disposed session hands to the next one on its thread, and what must not leak with it.</summary>
public sealed class RecycledItemsTests
{
    [Fact]
    public void Dispose_SessionWithPendingMatches_NextSessionOnSmallerNetworkStartsEmpty()
    {
        var (first, second) = OnNewThread(() =>
        {
            var large = Engine.Compile(typeof(SessionTests.DomainRules.Joined), typeof(SessionTests.DomainRules.Orphan)).CreateSession();
            for (var n = 0; n < 200; n++)
            {
                large.Insert(new Lead(n, $"d{n % 20}", n));
                large.Insert(new Account(n, $"d{n % 30}"));
            }

            var pending = large.AgendaCount;
            large.Dispose();

            using var small = Engine.Compile(typeof(Counted)).CreateSession();
            var before = (small.AgendaCount, small.Query<object>().Count);
            small.Insert(new Lead(1, "x", 1));
            var fired = new List<string>();
            small.Events.RuleFiredEvent += (_, e) => fired.Add($"{e.Rule.Name}:{e.Match.Facts[0].Value}");
            small.Fire();
            return (pending, $"{before.AgendaCount}/{before.Item2} {string.Join(";", fired)}");
        });

        Assert.True(first > 100, $"{first} pending matches");
        Assert.Equal("0/0 counted:Lead 1", second);
    }

    [Fact]
    public void Events_SessionAfterDisposedOne_ReportOnlyItsOwnMatches()
    {
        var factory = Engine.Compile(typeof(SessionTests.DomainRules.Joined), typeof(SessionTests.DomainRules.Orphan));
        var fresh = OnNewThread(() => Fire(factory, offset: 1000, dispose: false));

        var reused = OnNewThread(() =>
        {
            Fire(factory, offset: 0, dispose: true);
            return Fire(factory, offset: 1000, dispose: true);
        });

        Assert.Equal(fresh, reused);
        Assert.Contains("joined:Lead 1000,Account 1016", reused);
        Assert.DoesNotContain("Lead 1,", reused);
    }

    [Fact]
    public void Chain_MoreItemsThanCapacity_ChainsCapacityAndFreesThemAllOnReset()
    {
        var chain = new OwnedChain();
        for (var i = 0; i < RecycledItems.Capacity + 10; i++)
        {
            Assert.Null(chain.Rent());
            chain.Append(new Token());
        }

        chain.Reset();
        var rented = 0;
        while (chain.Rent() != null)
        {
            rented++;
        }

        Assert.Equal(RecycledItems.Capacity, chain.Length);
        Assert.Equal(RecycledItems.Capacity, rented);
        Assert.Equal(0, chain.FreeCount);
    }

    [Fact]
    public void Reset_RentedItems_ClearedButFreeOnesUntouchedAndRentedAgainInOrder()
    {
        var chain = new OwnedChain();
        var consumer = new AdapterNode();
        var fact = new Fact(new Lead(1, "a", 1), 1);
        var parent = Token.Rent(chain, null, null, consumer);
        var token = Token.Rent(chain, parent, fact, consumer);
        token.Key = "key";
        token.State = new object();
        token.Count = 3;

        chain.Reset();

        Assert.Null(token.Parent);
        Assert.Null(token.Fact);
        Assert.Null(token.Key);
        Assert.Null(token.State);
        Assert.Equal(0, token.Count);
        Assert.Same(parent, chain.Rent());
        Assert.Same(token, chain.Rent());
        Assert.Null(chain.Rent());
    }

    [Fact]
    public void RecycleAll_GrownTable_KeepsItsBucketsAndStillGrows()
    {
        var table = new FactTable();
        var recycled = new RecycledItems();
        AddFacts(table, 200);
        var grown = table.BucketCount;

        table.RecycleAll(recycled);
        AddFacts(table, 1000);

        Assert.True(grown >= 64, $"{grown} buckets");
        Assert.Equal(200, recycled.FactCount);
        Assert.True(table.BucketCount > grown, $"{table.BucketCount} buckets after 1,000 facts");
        Assert.Equal(1000, table.Count);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.NotNull(table.Find(i, i.GetHashCode())));
    }

    [Fact]
    public void RecycleAll_VeryLargeTable_StartsSmallAgain()
    {
        var table = new FactTable();
        AddFacts(table, 5000);

        table.RecycleAll(new RecycledItems());

        Assert.Equal(16, table.BucketCount);
        Assert.Equal(0, table.Count);
        Assert.Null(table.Find(7, 7.GetHashCode()));
    }

    [Fact]
    public void TypeOf_ManyTypesFromManyThreads_OneDescriptorPerTypeWithItsRoots()
    {
        var network = ((Runtime.SessionFactory)Engine.Compile(typeof(SessionTests.DomainRules.Joined))).Network;
        Type[] types = [typeof(Lead), typeof(Account), typeof(string), typeof(int), typeof(Recorder), typeof(Uri), typeof(List<int>),
            typeof(object), typeof(Version), typeof(DateTime), typeof(Guid), typeof(decimal), typeof(Customer), typeof(QualifiedLead)];

        var seen = new FactType[8][];
        Parallel.For(0, seen.Length, t => seen[t] = types.Select(network.TypeOf).ToArray());

        Assert.All(seen, row => Assert.Equal(seen[0], row));
        Assert.All(types.Zip(seen[0]), pair => Assert.Same(pair.First, pair.Second.Type));
        Assert.Equal(typeof(Lead), Assert.Single(network.TypeOf(typeof(Lead)).Roots).Type);
        Assert.Empty(network.TypeOf(typeof(string)).Roots);
    }

    private static void AddFacts(FactTable table, int count)
    {
        for (var i = 0; i < count; i++)
        {
            table.Add(new Fact(i, i.GetHashCode()));
        }
    }

    private static string Fire(ISessionFactory factory, int offset, bool dispose)
    {
        var session = factory.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => fired.Add($"{e.Rule.Name}:{string.Join(",", e.Match.Values())}");
        for (var n = offset; n < offset + 60; n++)
        {
            session.Insert(new Lead(n, $"d{n % 12}", n));
            session.Insert(new Account(n, $"d{(n * 5) % 18}"));
        }

        session.Fire();
        if (dispose)
        {
            session.Dispose();
        }

        return string.Join(";", fired);
    }

    /// <summary>Runs on a thread of its own, so that the recycled items it sees are only its own sessions'.</summary>
    private static T OnNewThread<T>(Func<T> run)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = run();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The thread failed.", failure);
    }

    [Name("counted")]
    private sealed class Counted : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }
}
