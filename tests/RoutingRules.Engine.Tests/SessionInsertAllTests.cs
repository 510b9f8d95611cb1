using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>InsertAll's duplicate check, which compares identities only where hashes are equal.</summary>
public sealed class SessionInsertAllTests
{
    [Fact]
    public void InsertAll_DistinctFactsWithEqualHashes_AllInserted()
    {
        var session = Engine.Compile(typeof(CountLeadsRule)).CreateSession();
        var facts = Enumerable.Range(0, 20).Select(i => new Colliding(i)).ToArray();

        session.InsertAll(facts);

        Assert.Equal(facts, session.Query<Colliding>());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void InsertAll_DuplicateAfterFactsWithTheSameHash_ThrowsAndInsertsNone(int count)
    {
        var session = Engine.Compile(typeof(CountLeadsRule)).CreateSession();
        var facts = Enumerable.Range(0, count).Select(i => (object)new Colliding(i)).Append(new Colliding(1)).ToArray();

        Assert.Throws<ArgumentException>(() => session.InsertAll(facts));
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void InsertAll_RunsOfSeveralTypes_EachFactMatchedByItsType()
    {
        var session = Engine.Compile(typeof(CountLeadsRule)).CreateSession();
        object[] facts = [new Lead(1, "a", 1), new Lead(2, "a", 2), new Account(1, "a"), new Lead(3, "b", 3), new Account(2, "b")];

        session.InsertAll(facts);

        Assert.Equal(3, session.AgendaCount);
        Assert.Equal(facts, session.Query<object>());
    }

    /// <summary>Equal by id, and every instance has the same hash.</summary>
    private sealed class Colliding(int id)
    {
        public int Id { get; } = id;

        public override bool Equals(object? obj) => obj is Colliding other && other.Id == Id;

        public override int GetHashCode() => 42;
    }

    private sealed class CountLeadsRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }
}
