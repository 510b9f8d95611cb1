using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class SessionTests
{
    [Fact]
    public void Insert_SameFactTwice_Throws()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);

        Assert.Throws<ArgumentException>(() => session.Insert(lead));
        Assert.False(session.TryInsert(lead));
    }

    [Fact]
    public void Update_UnknownFact_ThrowsAndTryUpdateReturnsFalse()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);

        Assert.Throws<ArgumentException>(() => session.Update(lead));
        Assert.False(session.TryUpdate(lead));
    }

    [Fact]
    public void Retract_UnknownFact_ThrowsAndTryRetractReturnsFalse()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);

        Assert.Throws<ArgumentException>(() => session.Retract(lead));
        Assert.False(session.TryRetract(lead));
        session.Insert(lead);
        Assert.True(session.TryRetract(lead));
        Assert.Empty(session.Query<Lead>());
    }

    [Fact]
    public void Insert_DistinctInstancesOfClassWithoutEquality_AreDistinctFacts()
    {
        var session = NewSession();
        session.Insert(new Lead(1, "a", 1));
        session.Insert(new Lead(1, "a", 1));

        Assert.Equal(2, session.Query<Lead>().Count);
    }

    [Fact]
    public void Insert_EqualRecords_SecondIsSameFact()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);
        session.Insert(new QualifiedLead(lead));

        Assert.False(session.TryInsert(new QualifiedLead(lead)));
        Assert.True(session.TryRetract(new QualifiedLead(lead)));
    }

    [Fact]
    public void Update_ObjectWithSameDeclaredIdentity_ReplacesStoredFact()
    {
        var session = NewSession();
        session.Insert(new Customer("c1", "gold"));

        session.Update(new Customer("c1", "platinum"));

        var stored = Assert.Single(session.Query<Customer>());
        Assert.Equal("platinum", stored.Tier);
        Assert.False(session.TryInsert(new Customer("c1", "silver")));
    }

    [Fact]
    public void InsertAll_OneAlreadyPresent_InsertsNone()
    {
        var session = NewSession();
        var existing = new Lead(1, "a", 1);
        session.Insert(existing);

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Lead(2, "b", 2), existing]));
        Assert.Single(session.Query<Lead>());
    }

    [Fact]
    public void InsertAll_SameFactTwiceInBatch_InsertsNone()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);

        Assert.Throws<ArgumentException>(() => session.InsertAll([lead, new Lead(2, "b", 2), lead]));
        Assert.Empty(session.Query<Lead>());
    }

    [Fact]
    public void Query_MixedFacts_ReturnsFactsOfTypeInInsertionOrder()
    {
        var session = NewSession();
        var leads = Enumerable.Range(0, 40).Select(i => new Lead(i, "d", i)).ToList();
        session.InsertAll(leads);
        session.Insert(new Account(1, "d"));

        Assert.Equal(leads, session.Query<Lead>());
        Assert.Single(session.Query<Account>());
        Assert.Equal(41, session.Query<object>().Count);
    }

    [Fact]
    public void CreateSession_FromOneFactory_SessionsAreIndependent()
    {
        var factory = Engine.Compile(typeof(CountLeadsRule));
        var first = factory.CreateSession();
        var second = factory.CreateSession();
        first.Insert(new Lead(1, "a", 1));

        Assert.Equal(1, first.AgendaCount);
        Assert.Equal(0, second.AgendaCount);
    }

    [Fact]
    public void CreateSession_ConcurrentSessionsOnSharedFactory_AllComputeSameResult()
    {
        var factory = Engine.Compile(typeof(CountLeadsRule));
        var counts = new int[8];

        Parallel.For(0, counts.Length, i =>
        {
            var session = factory.CreateSession();
            for (var n = 0; n < 200; n++)
            {
                session.Insert(new Lead(n, "d", n));
            }

            counts[i] = session.Fire();
        });

        Assert.All(counts, c => Assert.Equal(200, c));
    }

    [Fact]
    public void Retract_ObjectWithSameDeclaredIdentity_RemovesStoredFact()
    {
        var session = NewSession();
        session.Insert(new Customer("c1", "gold"));
        session.Insert(new Customer("c2", "gold"));

        session.Retract(new Customer("c1", "other"));

        Assert.Equal("c2", Assert.Single(session.Query<Customer>()).Id);
        Assert.False(session.TryRetract(new Customer("c1", "gold")));
    }

    [Fact]
    public void InsertAll_NewFacts_AllInsertedAndMatched()
    {
        var session = NewSession();
        var leads = Enumerable.Range(0, 5).Select(i => (object)new Lead(i, "a", i)).ToList();

        session.InsertAll(leads);

        Assert.Equal(leads, session.Query<Lead>());
        Assert.Equal(5, session.AgendaCount);
    }

    [Fact]
    public void TryInsert_NewFact_ReturnsTrueAndMatches()
    {
        var session = NewSession();

        Assert.True(session.TryInsert(new Lead(1, "a", 1)));

        Assert.Equal(1, session.AgendaCount);
    }

    [Fact]
    public void CreateSession_ConcurrentSessionsWithJoinsAndNegation_SameAsSequential()
    {
        var factory = Engine.Compile(typeof(DomainRules.Joined), typeof(DomainRules.Orphan));
        var expected = RunDomains(factory);

        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = RunDomains(factory));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains("joined", expected);
        Assert.Contains("orphan", expected);
    }

    private static string RunDomains(ISessionFactory factory, bool dispose = false)
    {
        using var disposable = dispose ? factory.CreateSession() : null;
        var session = disposable ?? factory.CreateSession();
        var names = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => names.Add($"{e.Rule.Name}:{e.Match.Facts[0].Value}");
        for (var n = 0; n < 300; n++)
        {
            session.Insert(new Lead(n, $"d{n % 40}", n));
            session.Insert(new Account(n, $"d{20 + (n * 7 % 60)}"));
        }

        session.Fire();
        return string.Join(";", names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var session = NewSession();
        session.Insert(new Lead(1, "a", 1));

        session.Dispose();
        session.Dispose();

        Assert.Throws<ObjectDisposedException>(() => session.Insert(new Lead(2, "a", 1)));
        Assert.Throws<ObjectDisposedException>(() => session.InsertAll([new Lead(3, "a", 1)]));
        Assert.Throws<ObjectDisposedException>(() => session.TryRetract(new Lead(1, "a", 1)));
        Assert.Throws<ObjectDisposedException>(() => session.Fire());
        Assert.Throws<ObjectDisposedException>(() => session.Query<Lead>());
        Assert.Throws<ObjectDisposedException>(() => session.Events);
    }

    [Fact]
    public void Dispose_ByItsOwnRule_IsRefusedAndTheSessionStillWorks()
    {
        var session = Engine.Compile(typeof(DisposingRule)).CreateSession();
        DisposingRule.Target = session;
        session.Insert(new Lead(1, "a", 1));

        var failure = Assert.Throws<RuleActionEvaluationException>(() => session.Fire());

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Single(session.Query<Lead>());
    }

    [Fact]
    public void Dispose_FinishedSession_HandsItsTokensEntriesAndFactsToTheNextSessionOnTheThread()
    {
        var factory = Engine.Compile(typeof(DomainRules.Joined), typeof(DomainRules.Orphan));
        var expected = RunDomains(factory, dispose: false);
        RunDomains(factory, dispose: true);
        var recycled = Rete.RecycledItems.OnThisThread;
        var (tokens, entries, facts) = (recycled?.TokenCount, recycled?.EntryCount, recycled?.FactCount);

        var again = RunDomains(factory, dispose: false);

        Assert.True(tokens >= 300, $"{tokens} tokens kept");
        Assert.True(entries >= 300, $"{entries} right entries kept");
        Assert.True(facts >= 600, $"{facts} facts kept");
        Assert.Null(Rete.RecycledItems.OnThisThread);
        Assert.True(recycled!.TokenCount < tokens && recycled.EntryCount < entries && recycled.FactCount < facts, "the next session took nothing recycled");
        Assert.Equal(expected, again);
    }

    private static ISession NewSession() => Engine.Compile(typeof(CountLeadsRule)).CreateSession();

    private sealed class DisposingRule : Rule
    {
        public static ISession? Target { get; set; }

        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => Target!.Dispose());
        }
    }

    private sealed class CountLeadsRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    /// <summary>A join and a negation over leads and accounts; RecycledItemsTests uses them too.</summary>
    internal static class DomainRules
    {
        [Name("joined")]
        public sealed class Joined : Rule
        {
            public override void Define()
            {
                Lead lead = null!;
                Account account = null!;
                When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain);
                Then().Do(ctx => account.ToString());
            }
        }

        [Name("orphan")]
        public sealed class Orphan : Rule
        {
            public override void Define()
            {
                Lead lead = null!;
                When().Match(() => lead).Not<Account>(a => a.Domain == lead.Domain);
                Then().Do(ctx => lead.ToString());
            }
        }
    }
}
