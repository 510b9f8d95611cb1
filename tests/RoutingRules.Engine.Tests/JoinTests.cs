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

    [Fact]
    public void Fire_FactsInsertedInAnyOrder_SameMatches()
    {
        var leads = Enumerable.Range(0, 30).Select(i => new Lead(i, $"d{i % 7}", i * 3)).ToList();
        var accounts = Enumerable.Range(0, 10).Select(i => new Account(100 + i, $"d{i}")).ToList();
        var facts = leads.Cast<object>().Concat(accounts).ToList();

        var forward = Run(facts);
        var backward = Run(Enumerable.Reverse(facts));
        var shuffled = Run(facts.OrderBy(f => f.GetHashCode() % 13));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.Equal(leads.Count(l => int.Parse(l.Domain[1..]) < 10 && l.Score > 20), forward.Count);
    }

    [Fact]
    public void Update_FactNoLongerMatchesJoin_ActivationRemoved()
    {
        var (session, recorder) = Engine.Session(typeof(LeadAccountRule));
        var lead = new Lead(1, "a.com", 50);
        session.Insert(lead);
        session.Insert(new Account(10, "a.com"));

        lead.Domain = "z.com";
        session.Update(lead);

        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Entries);
    }

    [Fact]
    public void Update_FactNowMatchesJoin_ActivationCreated()
    {
        var (session, recorder) = Engine.Session(typeof(LeadAccountRule));
        var account = new Account(10, "x.com");
        session.Insert(new Lead(1, "a.com", 50));
        session.Insert(account);
        Assert.Equal(0, session.AgendaCount);

        account.Domain = "a.com";
        session.Update(account);
        session.Fire();

        Assert.Equal(["Lead 1/Account 10"], recorder.Entries);
    }

    [Fact]
    public void Retract_JoinedFact_ActivationRemoved()
    {
        var (session, _) = Engine.Session(typeof(LeadAccountRule));
        var account = new Account(10, "a.com");
        session.Insert(new Lead(1, "a.com", 50));
        session.Insert(new Lead(2, "a.com", 50));
        session.Insert(account);
        Assert.Equal(2, session.AgendaCount);

        session.Retract(account);

        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Fire_AlphaConditionFails_NoActivation()
    {
        var (session, recorder) = Engine.Session(typeof(HighScoreRule));
        session.Insert(new Lead(1, "a.com", 80));
        session.Insert(new Lead(2, "a.com", 81));

        session.Fire();

        Assert.Equal(["high Lead 2"], recorder.Entries);
    }

    [Fact]
    public void Fire_SameTypeJoin_NeverPairsFactWithItself()
    {
        var (session, recorder) = Engine.Session(typeof(SameDomainPairRule));
        session.Insert(new Lead(1, "a.com", 1));
        session.Insert(new Lead(2, "a.com", 1));

        session.Fire();

        Assert.Equal(["Lead 1~Lead 2", "Lead 2~Lead 1"], recorder.Entries.Order());
    }

    [Fact]
    public void Fire_SameTypeJoinAskingForIdentity_PairsFactWithItself()
    {
        var (session, recorder) = Engine.Session(typeof(ExplicitSelfRule));
        session.Insert(new Lead(1, "a.com", 1));

        session.Fire();

        Assert.Equal(["self Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Compile_EqualityJoin_UsesHashedMemoriesOnBothSides()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(LeadAccountRule));

        Assert.Contains(true, factory.Network.SlotHashed);
        Assert.Equal(2, factory.Network.SlotHashed.Count(h => h));
    }

    [Fact]
    public void Insert_LeadAfterManyAccounts_ProbesOnlyAccountsWithItsKey()
    {
        var session = Engine.Compile(typeof(ProbedJoinRule), typeof(ProbedNotRule)).CreateSession();
        session.InsertAll(Enumerable.Range(0, 500).Select(i => (object)new Account(i, $"d{i % 250}")).ToList());
        Probe.Count = 0;

        session.Insert(new Lead(1, "d7", 1));

        Assert.Equal(4, Probe.Count);
        Assert.Equal(2, session.AgendaCount);
    }

    [Fact]
    public void Insert_AccountAfterManyLeads_ProbesOnlyLeadsWithItsKey()
    {
        var session = Engine.Compile(typeof(ProbedJoinRule), typeof(ProbedNotRule)).CreateSession();
        session.InsertAll(Enumerable.Range(0, 500).Select(i => (object)new Lead(i, $"d{i % 250}", i)).ToList());
        Assert.Equal(500, session.AgendaCount);
        Probe.Count = 0;

        session.Insert(new Account(1, "d7"));

        Assert.Equal(4, Probe.Count);
        Assert.Equal(500, session.AgendaCount);
    }

    [Fact]
    public void Insert_EqualityInsideAndAlso_HashedInBothDirections()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(ProbedAndAlsoRule));
        var session = factory.CreateSession();
        session.InsertAll(Enumerable.Range(0, 300).Select(i => (object)new Account(i, $"d{i % 100}")).ToList());
        Probe.Count = 0;

        session.Insert(new Lead(1, "d7", 1));
        session.InsertAll(Enumerable.Range(10, 50).Select(i => (object)new Lead(i, $"d{i}", i)).ToList());
        var afterLeads = Probe.Count;
        session.Insert(new Account(1000, "d7"));

        Assert.Equal(3 + 150, afterLeads);
        Assert.Equal(afterLeads + 1, Probe.Count);
        Assert.Equal(2, factory.Network.SlotHashed.Count(h => h));
        Assert.Equal(4 + 150, session.AgendaCount);
    }

    [Fact]
    public void Insert_GuardBeforeEqualityInAndAlso_GuardStillEvaluatedFirst()
    {
        var (session, recorder) = Engine.Session(typeof(SameLengthRule), typeof(LengthIsScoreRule));
        session.Insert(new Account(1, null!));
        session.Insert(new Account(2, "abc"));
        session.Insert(new Lead(1, null!, 3));
        session.Insert(new Lead(2, "xyz", 3));

        session.Fire();

        Assert.Equal(
            ["Lead 1/Account 2 length is score", "Lead 2/Account 2 length is score", "Lead 2/Account 2 same length"],
            recorder.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Insert_NonEqualityJoin_ScansOppositeMemory()
    {
        var session = Engine.Compile(typeof(ProbedScanRule)).CreateSession();
        session.InsertAll(Enumerable.Range(0, 100).Select(i => (object)new Account(i, $"d{i}")).ToList());
        Probe.Count = 0;

        session.Insert(new Lead(1, "d7", 50));

        Assert.Equal(100, Probe.Count);
        Assert.Equal(49, session.AgendaCount);
    }

    private static List<string> Run(IEnumerable<object> facts)
    {
        var (session, recorder) = Engine.Session(typeof(ScoredLeadAccountRule));
        foreach (var fact in facts)
        {
            session.Insert(fact);
        }

        session.Fire();
        return [.. recorder.Entries.Order()];
    }

    /// <summary>Counts join-test evaluations; sessions run on the test's thread.</summary>
    private static class Probe
    {
        [ThreadStatic]
        public static int Count;

        public static bool Hit(Lead lead, Account account)
        {
            Count++;
            return lead != null && account != null;
        }
    }

    private sealed class ProbedJoinRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain, a => Probe.Hit(lead, a));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class ProbedNotRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead).Not<Account>(a => lead.Domain == a.Domain, a => Probe.Hit(lead, a));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class ProbedAndAlsoRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Id >= 0 && a.Domain == lead.Domain && Probe.Hit(lead, a));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class SameLengthRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Match(() => account, a => lead.Domain != null && a.Domain != null && a.Domain.Length == lead.Domain.Length);
            Then().Do(ctx => recorder.Add($"{lead}/{account} same length"));
        }
    }

    private sealed class LengthIsScoreRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Match(() => account, a => a.Domain != null && a.Domain.Length == lead.Score);
            Then().Do(ctx => recorder.Add($"{lead}/{account} length is score"));
        }
    }

    private sealed class ProbedScanRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => Probe.Hit(lead, a) && a.Id > lead.Score);
            Then().Do(ctx => ctx.Halt());
        }
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

    private sealed class ScoredLeadAccountRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => lead, l => l.Score > 20)
                .Match(() => account, a => a.Domain == lead.Domain, a => a.Id >= 100)
                .Match(() => recorder);
            Then()
                .Do(ctx => recorder.Add($"{lead}/{account}"));
        }
    }

    private sealed class HighScoreRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead, l => l.Score > 80);
            Then()
                .Do(ctx => recorder.Add($"high {lead}"));
        }
    }

    private sealed class SameDomainPairRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead first = null!;
            Lead second = null!;
            When()
                .Match(() => recorder)
                .Match(() => first)
                .Match(() => second, l => l.Domain == first.Domain);
            Then()
                .Do(ctx => recorder.Add($"{first}~{second}"));
        }
    }

    private sealed class ExplicitSelfRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead first = null!;
            Lead second = null!;
            When()
                .Match(() => recorder)
                .Match(() => first)
                .Match(() => second, l => l == first);
            Then()
                .Do(ctx => recorder.Add($"self {second}"));
        }
    }
}
