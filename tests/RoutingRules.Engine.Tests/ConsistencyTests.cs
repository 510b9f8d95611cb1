using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

/// <summary>
/// Random sequences of inserts, updates, retracts and firings, checked against matches computed by
/// brute force over the final facts: whatever the order of operations, the network must hold
/// exactly the matches the final facts imply.
/// </summary>
public sealed class ConsistencyTests
{
    private static readonly string[] Domains = ["d0", "d1", "d2", "d3"];

    private static readonly Type[] RuleTypes =
    [
        typeof(Set.JoinRule), typeof(Set.NotRule), typeof(Set.ExistsRule), typeof(Set.PairRule),
        typeof(Set.CollectRule), typeof(Set.GroupRule), typeof(Set.ScanJoinRule), typeof(Set.ScanNotRule),
        typeof(Set.AllRule), typeof(Set.TopScoreRule), typeof(Set.LetRule), typeof(Set.OrRule),
        typeof(Set.YieldHotRule), typeof(Set.HotRule), typeof(Set.PeersRule), typeof(Set.CrowdRule),
        typeof(Set.OrNotRule), typeof(Set.CustomerRule), typeof(Set.AndAlsoRule),
    ];

    private static readonly ISessionFactory Factory = Engine.Compile(RuleTypes);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Fire_RandomOperationSequence_MatchesEqualBruteForce(int seed) => RunSequence(seed, Factory.CreateSession());

    // Every session after the first runs on items a disposed session handed back (RecycledItems):
    // an item that kept a link, key, count or state from its last use would break the comparison.
    [Fact]
    public void Fire_RandomSequencesInSessionsReusingTokens_MatchEqualBruteForce()
    {
        for (var seed = 11; seed <= 18; seed++)
        {
            using var session = Factory.CreateSession();
            RunSequence(seed, session);
        }
    }

    private static void RunSequence(int seed, ISession session)
    {
        var random = new Random(seed);
        var log = new Log();
        session.Insert(log);
        var leads = new List<Lead>();
        var accounts = new List<Account>();
        var retracted = new List<object>();
        var customers = new Dictionary<string, Customer>();
        var nextId = 0;

        for (var step = 0; step < 300; step++)
        {
            switch (random.Next(10))
            {
                case 0 or 1:
                    var lead = new Lead(nextId++, Pick(random), random.Next(31));
                    session.Insert(lead);
                    leads.Add(lead);
                    break;
                case 2:
                    var account = new Account(nextId++, Pick(random));
                    session.Insert(account);
                    accounts.Add(account);
                    break;
                case 3 when leads.Count > 0:
                    var changed = leads[random.Next(leads.Count)];
                    changed.Domain = random.Next(2) == 0 ? Pick(random) : changed.Domain;
                    changed.Score = random.Next(2) == 0 ? random.Next(31) : changed.Score;
                    session.Update(changed);
                    break;
                case 4 when accounts.Count > 0:
                    var moved = accounts[random.Next(accounts.Count)];
                    moved.Domain = Pick(random);
                    session.Update(moved);
                    break;
                case 5 when leads.Count + accounts.Count > 0:
                    var index = random.Next(leads.Count + accounts.Count);
                    object victim = index < leads.Count ? leads[index] : accounts[index - leads.Count];
                    session.Retract(victim);
                    _ = index < leads.Count ? leads.Remove((Lead)victim) : accounts.Remove((Account)victim);
                    retracted.Add(victim);
                    break;
                case 6 when retracted.Count > 0:
                    var back = retracted[random.Next(retracted.Count)];
                    retracted.Remove(back);
                    session.Insert(back);
                    _ = back is Lead l ? AddTo(leads, l) : AddTo(accounts, (Account)back);
                    break;
                case 7 when random.Next(2) == 0:
                    session.Fire(random.Next(1, 4));
                    break;
                case 7:
                    var customer = new Customer($"c{random.Next(6)}", Pick(random));
                    if (customers.ContainsKey(customer.Id))
                    {
                        _ = random.Next(3) == 0 ? session.TryRetract(customer) && customers.Remove(customer.Id) : UpdateCustomer(session, customers, customer);
                    }
                    else
                    {
                        session.Insert(customer);
                        customers.Add(customer.Id, customer);
                    }

                    break;
                case 8:
                    session.Fire();
                    break;
                default:
                    var batch = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Lead(nextId++, Pick(random), random.Next(31))).ToList();
                    session.InsertAll(batch);
                    leads.AddRange(batch);
                    break;
            }
        }

        session.Fire();
        log.Entries.Clear();
        session.Update(log);
        session.Fire();

        Assert.Equal(Expected(leads, accounts, customers.Values), log.Entries.Order(StringComparer.Ordinal));
    }

    /// <summary>Updates through a new object with the same declared identity: it replaces the stored one.</summary>
    private static bool UpdateCustomer(ISession session, Dictionary<string, Customer> customers, Customer replacement)
    {
        session.Update(replacement);
        customers[replacement.Id] = replacement;
        return true;
    }

    private static string Pick(Random random) => Domains[random.Next(Domains.Length)];

    private static bool AddTo<T>(List<T> list, T item)
    {
        list.Add(item);
        return true;
    }

    private static IEnumerable<string> Expected(List<Lead> leads, List<Account> accounts, IEnumerable<Customer> customers)
    {
        var expected = new List<string>();
        foreach (var l in leads)
        {
            var sameDomain = accounts.Where(a => a.Domain == l.Domain).ToList();
            expected.AddRange(sameDomain.Select(a => $"J {l.Id}/{a.Id}"));
            expected.AddRange(sameDomain.Count == 0 ? [$"N {l.Id}"] : []);
            expected.AddRange(l.Score > 10 && sameDomain.Count > 0 ? [$"E {l.Id}"] : []);
            expected.AddRange(leads.Where(o => o != l && o.Domain == l.Domain).Select(o => $"S {l.Id}/{o.Id}"));
            expected.Add($"C {l.Id}:{Ids(sameDomain.Select(a => a.Id))}");
            expected.AddRange(accounts.Where(a => a.Id > l.Score).Select(a => $"X {l.Id}/{a.Id}"));
            expected.AddRange(accounts.Any(a => a.Id + l.Score == 20) ? [] : [$"Y {l.Id}"]);
            expected.AddRange(sameDomain.All(a => a.Id % 2 == 0) ? [$"A {l.Id}"] : []);
            expected.AddRange(leads.Any(o => o != l && o.Domain == l.Domain && o.Score > l.Score) ? [] : [$"T {l.Id}"]);
            expected.AddRange(l.Score * 2 > 20 ? [$"L {l.Id}:{l.Score * 2}"] : []);
            expected.AddRange(l.Score > 25 ? [$"O {l.Id}"] : []);
            expected.AddRange(l.Domain == "d0" ? [$"O {l.Id}"] : []);
            expected.AddRange(l.Score > 28 ? [$"H {l.Id}"] : []);
            expected.AddRange(customers.Where(c => c.Tier == l.Domain).Select(c => $"K {l.Id}/{c.Id}"));
            expected.AddRange(accounts.Where(a => a.Id % 3 != 0 && a.Domain == l.Domain && a.Id > l.Score % 5).Select(a => $"Q {l.Id}/{a.Id}"));
            expected.Add($"P {l.Id}:{Ids(leads.Where(o => o != l && o.Domain == l.Domain && o.Score > 15).Select(o => o.Score))}");
            expected.AddRange(sameDomain.Count == 0 || l.Score < 5 ? [$"R {l.Id}"] : []);
            expected.AddRange(sameDomain.Count == 0 && l.Score < 5 ? [$"R {l.Id}"] : []);
        }

        expected.AddRange(leads.GroupBy(l => l.Domain).Select(g => $"G {g.Key}:{Ids(g.Select(l => l.Id))}"));
        expected.AddRange(accounts.GroupBy(a => a.Domain).Where(g => g.Count() >= 2).Select(g => $"W {g.Key}:{g.Count()}"));
        return expected.Order(StringComparer.Ordinal);
    }

    private static string Ids(IEnumerable<int> ids) => string.Join(",", ids.Order());

    public sealed class Log
    {
        public List<string> Entries { get; } = [];
    }

    public sealed record Hot(Lead Lead);

    private static class Set
    {
        public sealed class JoinRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                Account account = null!;
                When().Match(() => log).Match(() => lead).Match(() => account, a => a.Domain == lead.Domain);
                Then().Do(ctx => log.Entries.Add($"J {lead.Id}/{account.Id}"));
            }
        }

        public sealed class NotRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead).Not<Account>(a => a.Domain == lead.Domain);
                Then().Do(ctx => log.Entries.Add($"N {lead.Id}"));
            }
        }

        public sealed class ExistsRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead, l => l.Score > 10).Exists<Account>(a => lead.Domain == a.Domain);
                Then().Do(ctx => log.Entries.Add($"E {lead.Id}"));
            }
        }

        public sealed class PairRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead first = null!;
                Lead second = null!;
                When().Match(() => log).Match(() => first).Match(() => second, l => l.Domain == first.Domain);
                Then().Do(ctx => log.Entries.Add($"S {first.Id}/{second.Id}"));
            }
        }

        public sealed class CollectRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                IEnumerable<Account> accounts = null!;
                When()
                    .Match(() => log)
                    .Match(() => lead)
                    .Query(() => accounts, q => q.Match<Account>(a => a.Domain == lead.Domain).Collect());
                Then().Do(ctx => log.Entries.Add($"C {lead.Id}:{Ids(accounts.Select(a => a.Id))}"));
            }
        }

        public sealed class GroupRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                IGrouping<string, Lead> group = null!;
                When().Match(() => log).Query(() => group, q => q.Match<Lead>().GroupBy(l => l.Domain));
                Then().Do(ctx => log.Entries.Add($"G {group.Key}:{Ids(group.Select(l => l.Id))}"));
            }
        }

        public sealed class ScanJoinRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                Account account = null!;
                When().Match(() => log).Match(() => lead).Match(() => account, a => a.Id > lead.Score);
                Then().Do(ctx => log.Entries.Add($"X {lead.Id}/{account.Id}"));
            }
        }

        public sealed class ScanNotRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead).Not<Account>(a => a.Id + lead.Score == 20);
                Then().Do(ctx => log.Entries.Add($"Y {lead.Id}"));
            }
        }

        public sealed class AllRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead).All<Account>(a => a.Domain == lead.Domain, a => a.Id % 2 == 0);
                Then().Do(ctx => log.Entries.Add($"A {lead.Id}"));
            }
        }

        public sealed class TopScoreRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead).Not<Lead>(l => l.Domain == lead.Domain && l.Score > lead.Score);
                Then().Do(ctx => log.Entries.Add($"T {lead.Id}"));
            }
        }

        public sealed class LetRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                var doubled = 0;
                When().Match(() => log).Match(() => lead).Let(() => doubled, () => lead.Score * 2).Having(() => doubled > 20);
                Then().Do(ctx => log.Entries.Add($"L {lead.Id}:{doubled}"));
            }
        }

        public sealed class OrRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Or(x => x.Match(() => lead, l => l.Score > 25).Match(() => lead, l => l.Domain == "d0"));
                Then().Do(ctx => log.Entries.Add($"O {lead.Id}"));
            }
        }

        [Priority(10)]
        public sealed class YieldHotRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When().Match(() => log).Match(() => lead, l => l.Score > 28);
                Then().Yield(ctx => new Hot(lead));
            }
        }

        public sealed class HotRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Hot hot = null!;
                When().Match(() => log).Match(() => hot);
                Then().Do(ctx => log.Entries.Add($"H {hot.Lead.Id}"));
            }
        }
    
        public sealed class PeersRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                IEnumerable<int> scores = null!;
                When()
                    .Match(() => log)
                    .Match(() => lead)
                    .Query(() => scores, q => q.Match<Lead>(l => l.Domain == lead.Domain).Select(l => l.Score).Where(s => s > 15).Collect());
                Then().Do(ctx => log.Entries.Add($"P {lead.Id}:{Ids(scores)}"));
            }
        }

        public sealed class CrowdRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                IGrouping<string, Account> crowd = null!;
                When()
                    .Match(() => log)
                    .Query(() => crowd, q => q.Match<Account>().GroupBy(a => a.Domain).Where(g => g.Count() >= 2));
                Then().Do(ctx => log.Entries.Add($"W {crowd.Key}:{crowd.Count()}"));
            }
        }

        public sealed class OrNotRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                When()
                    .Match(() => log)
                    .Or(x => x
                        .And(y => y.Match(() => lead).Not<Account>(a => a.Domain == lead.Domain))
                        .Match(() => lead, l => l.Score < 5));
                Then().Do(ctx => log.Entries.Add($"R {lead.Id}"));
            }
        }
    
        public sealed class CustomerRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                Customer customer = null!;
                When().Match(() => log).Match(() => lead).Match(() => customer, c => c.Tier == lead.Domain);
                Then().Do(ctx => log.Entries.Add($"K {lead.Id}/{customer.Id}"));
            }
        }
    
        public sealed class AndAlsoRule : Rule
        {
            public override void Define()
            {
                Log log = null!;
                Lead lead = null!;
                Account account = null!;
                When().Match(() => log).Match(() => lead).Match(() => account, a => a.Id % 3 != 0 && a.Domain == lead.Domain && a.Id > lead.Score % 5);
                Then().Do(ctx => log.Entries.Add($"Q {lead.Id}/{account.Id}"));
            }
        }
    }
}
