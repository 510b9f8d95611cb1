using RoutingRules.Engine;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// Workload W of the engine brief: leads, accounts, qualified leads and four rules (join, not,
/// priority insert, chained match), each counting its firings.
/// </summary>
public static class WorkloadW
{
    public static int Joined;
    public static int Orphans;
    public static int Qualified;

    public static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(LeadWithAccountRule), typeof(LeadWithoutAccountRule), typeof(QualifyRule), typeof(QualifiedRule)));
        return repository.Compile();
    }

    public static Lead[] Leads(int count) =>
        Enumerable.Range(0, count).Select(i => new Lead(i, $"d{i % 2000}", i % 100)).ToArray();

    public static Account[] Accounts() =>
        Enumerable.Range(0, 1000).Select(i => new Account(i, $"d{i}")).ToArray();

    public static void CountJoined() => Joined++;

    public static void CountOrphan() => Orphans++;

    public static void CountQualified() => Qualified++;

    public sealed class Lead(int id, string domain, int score)
    {
        public int Id { get; } = id;
        public string Domain { get; } = domain;
        public int Score { get; } = score;
    }

    public sealed class Account(int id, string domain)
    {
        public int Id { get; } = id;
        public string Domain { get; } = domain;
    }

    public sealed class QualifiedLead(Lead lead)
    {
        public Lead Lead { get; } = lead;
    }

    public sealed class LeadWithAccountRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain);
            Then().Do(ctx => CountJoined());
        }
    }

    public sealed class LeadWithoutAccountRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead).Not<Account>(a => a.Domain == lead.Domain);
            Then().Do(ctx => CountOrphan());
        }
    }

    [Priority(10)]
    public sealed class QualifyRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead, l => l.Score > 80);
            Then().Do(ctx => ctx.Insert(new QualifiedLead(lead)));
        }
    }

    [Priority(-5)]
    public sealed class QualifiedRule : Rule
    {
        public override void Define()
        {
            QualifiedLead qualified = null!;
            When().Match(() => qualified);
            Then().Do(ctx => CountQualified());
        }
    }
}
