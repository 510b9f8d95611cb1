using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>Reading facts back (insertion order whatever was retracted) and batch insertion's duplicate checks.</summary>
public sealed class SessionQueryTests
{
    [Fact]
    public void Query_AfterMostFactsRetracted_ReturnsTheRestInInsertionOrder()
    {
        var session = NewSession();
        var leads = Enumerable.Range(0, 60).Select(i => new Lead(i, "d", i)).ToList();
        session.InsertAll(leads);
        foreach (var lead in leads.Where(l => l.Id % 10 != 3))
        {
            session.Retract(lead);
        }

        var late = new Lead(100, "d", 100);
        session.Insert(late);

        var expected = leads.Where(l => l.Id % 10 == 3).Append(late).ToList();
        Assert.Equal(expected, session.Query<Lead>());
        Assert.Equal(expected.Cast<object>(), session.Query<object>());
    }

    [Fact]
    public void Query_AfterSomeFactsRetracted_ReturnsTheRestInInsertionOrder()
    {
        var session = NewSession();
        var leads = Enumerable.Range(0, 10).Select(i => new Lead(i, "d", i)).ToList();
        session.InsertAll(leads);
        session.Retract(leads[0]);
        session.Retract(leads[5]);
        var account = new Account(1, "d");
        session.Insert(account);

        Assert.Equal(leads.Where(l => l.Id is not 0 and not 5), session.Query<Lead>());
        Assert.Equal([.. leads.Where(l => l.Id is not 0 and not 5), account], session.Query<object>());
    }

    [Fact]
    public void Query_UpdatedFact_KeepsItsInsertionPosition()
    {
        var session = NewSession();
        session.InsertAll([new Customer("c1", "gold"), new Customer("c2", "gold"), new Customer("c3", "gold")]);

        session.Update(new Customer("c1", "platinum"));

        var customers = session.Query<Customer>();
        Assert.Equal(["c1", "c2", "c3"], customers.Select(c => c.Id));
        Assert.Equal("platinum", customers[0].Tier);
    }

    [Fact]
    public void QueryFirst_SeveralOfTheType_TheEarliestStillInTheSession()
    {
        var session = NewSession();
        var leads = Enumerable.Range(0, 40).Select(i => new Lead(i, "d", i)).ToList();
        session.Insert(new Account(1, "d"));
        session.InsertAll(leads);
        session.Retract(leads[0]);

        Assert.Same(leads[1], session.QueryFirst<Lead>());
        Assert.Equal(1, session.QueryFirst<Account>()!.Id);
        Assert.Null(session.QueryFirst<Customer>());
    }

    [Fact]
    public void QueryFirst_AfterWarmUp_AllocatesNothing()
    {
        var session = NewSession();
        session.InsertAll(Enumerable.Range(0, 40).Select(i => (object)new Lead(i, "d", i)).ToList());
        session.QueryFirst<Lead>();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var lead = session.QueryFirst<Lead>();
        var none = session.QueryFirst<Customer>();

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotNull(lead);
        Assert.Null(none);
    }

    [Fact]
    public void InsertAll_EqualRecordsInBatch_ThrowsAndInsertsNone()
    {
        var session = NewSession();
        var lead = new Lead(1, "a", 1);

        Assert.Throws<ArgumentException>(() => session.InsertAll([new QualifiedLead(lead), new Lead(2, "b", 2), new QualifiedLead(lead)]));
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void InsertAll_SameDeclaredIdentityInLargeBatch_ThrowsAndInsertsNone()
    {
        var session = NewSession();
        var customers = Enumerable.Range(0, 40).Select(i => new Customer($"c{i}", "gold")).Append(new Customer("c7", "silver")).ToList();

        Assert.Throws<ArgumentException>(() => session.InsertAll(customers));
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void InsertAll_DistinctFactsWithEqualHashes_InsertsAll()
    {
        var session = NewSession();
        var facts = new object[] { new SameHash(1), new SameHash(2), new SameHash(3) };

        session.InsertAll(facts);

        Assert.Equal(facts, session.Query<SameHash>());
    }

    private static ISession NewSession() => Engine.Compile(typeof(LeadRule)).CreateSession();

    /// <summary>Distinct facts that all hash alike: equality, not the hash, decides.</summary>
    private sealed class SameHash(int value)
    {
        public int Value { get; } = value;

        public override bool Equals(object? obj) => obj is SameHash other && other.Value == Value;

        public override int GetHashCode() => 42;
    }

    private sealed class LeadRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }
}
