using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class AggregateTests
{
    [Fact]
    public void Fire_TopLevelCollectOnEmptySession_FiresWithEmptyCollection()
    {
        var factory = Engine.Compile(typeof(AllLeadsRule));
        var session = factory.CreateSession();
        var counts = new List<int>();
        session.Events.RuleFiredEvent += (_, e) => counts.Add(((IEnumerable<Lead>)e.Match.Facts[0].Value!).Count());

        session.Fire();

        Assert.Equal([0], counts);
    }

    [Fact]
    public void Insert_IntoFiredCollection_ActivationUpdatedAndFiresAgain()
    {
        var session = Engine.Compile(typeof(AllLeadsRule)).CreateSession();
        var counts = new List<int>();
        session.Events.RuleFiredEvent += (_, e) => counts.Add(((IEnumerable<Lead>)e.Match.Facts[0].Value!).Count());
        session.Fire();

        session.Insert(new Lead(1, "a", 1));
        session.Insert(new Lead(2, "a", 1));
        session.Fire();

        Assert.Equal([0, 2], counts);
    }

    [Fact]
    public void Fire_CorrelatedCollect_TracksInsertUpdateRetract()
    {
        var (session, recorder) = Engine.Session(typeof(AccountsPerLeadRule));
        var lead = new Lead(1, "a", 1);
        var first = new Account(1, "a");
        var second = new Account(2, "a");
        session.InsertAll([lead, first, second, new Account(3, "b")]);
        session.Fire();

        second.Domain = "b";
        session.Update(second);
        session.Fire();
        session.Retract(first);
        session.Fire();

        Assert.Equal(["Lead 1:2", "Lead 1:1", "Lead 1:0"], recorder.Entries);
    }

    [Fact]
    public void Update_FactMovesBetweenGroups_BothGroupsUpdated()
    {
        var (session, recorder) = Engine.Session(typeof(LeadsByDomainRule));
        var mover = new Lead(1, "a", 1);
        session.InsertAll([mover, new Lead(2, "a", 1), new Lead(3, "b", 1)]);
        session.Fire();
        Assert.Equal(["a=1,2", "b=3"], recorder.Entries.Order());

        mover.Domain = "b";
        session.Update(mover);
        session.Fire();

        Assert.Equal(["a=1,2", "a=2", "b=1,3", "b=3"], recorder.Entries.Order());
    }

    [Fact]
    public void Retract_LastFactOfGroup_GroupActivationDeleted()
    {
        var (session, _) = Engine.Session(typeof(LeadsByDomainRule));
        var only = new Lead(1, "a", 1);
        session.InsertAll([only, new Lead(2, "b", 1)]);
        Assert.Equal(2, session.AgendaCount);

        session.Retract(only);

        Assert.Equal(1, session.AgendaCount);
    }

    [Fact]
    public void Fire_QueryWithSelectAndResultFilter_MatchesOnlyLargeCollections()
    {
        var (session, recorder) = Engine.Session(typeof(BusyDomainRule));
        session.InsertAll([new Lead(1, "a", 90), new Lead(2, "a", 10)]);
        Assert.Equal(0, session.AgendaCount);

        session.Insert(new Lead(3, "b", 95));
        session.Fire();

        Assert.Equal(["scores 90,95"], recorder.Entries);
    }

    [Fact]
    public void Fire_CollectLetHavingYield_LinkedFactFollowsTheAggregate()
    {
        var session = Engine.Compile(typeof(CrowdedDomainRule)).CreateSession();
        var hot = Enumerable.Range(1, 4).Select(i => new Lead(i, "a", 90)).ToArray();
        session.InsertAll([new Account(10, "a"), new Account(11, "b"), hot[0], hot[1], hot[2], new Lead(9, "a", 10)]);
        session.Fire();
        Assert.Equal(3, Assert.Single(session.Query<CrowdedDomain>()).Hot);

        session.Insert(hot[3]);
        session.Fire();
        Assert.Equal(4, Assert.Single(session.Query<CrowdedDomain>()).Hot);

        session.Retract(hot[0]);
        session.Retract(hot[1]);
        session.Fire();
        Assert.Empty(session.Query<CrowdedDomain>());
    }

    public sealed record CrowdedDomain(Account Account, int Hot);

    /// <summary>The example of the engine README.</summary>
    private sealed class CrowdedDomainRule : Rule
    {
        public override void Define()
        {
            Account account = null!;
            IEnumerable<Lead> leads = null!;
            var hot = 0;

            When()
                .Match(() => account)
                .Query(() => leads, q => q
                    .Match<Lead>(l => l.Domain == account.Domain)
                    .Collect())
                .Let(() => hot, () => leads.Count(l => l.Score > 80))
                .Having(() => hot >= 3);

            Then()
                .Yield(ctx => new CrowdedDomain(account, hot));
        }
    }

    private sealed class AllLeadsRule : Rule
    {
        public override void Define()
        {
            IEnumerable<Lead> leads = null!;
            When().Query(() => leads, q => q.Match<Lead>().Collect());
            Then().Do(ctx => leads.Count());
        }
    }

    private sealed class AccountsPerLeadRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            IEnumerable<Account> accounts = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Query(() => accounts, q => q.Match<Account>(a => a.Domain == lead.Domain).Collect());
            Then().Do(ctx => recorder.Add($"{lead}:{accounts.Count()}"));
        }
    }

    private sealed class LeadsByDomainRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            IGrouping<string, Lead> group = null!;
            When()
                .Match(() => recorder)
                .Query(() => group, q => q.Match<Lead>().GroupBy(l => l.Domain));
            Then().Do(ctx => recorder.Add($"{group.Key}={string.Join(",", group.Select(l => l.Id).Order())}"));
        }
    }

    private sealed class BusyDomainRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            IEnumerable<int> scores = null!;
            When()
                .Match(() => recorder)
                .Query(() => scores, q => q
                    .Match<Lead>()
                    .Select(l => l.Score)
                    .Where(s => s > 50)
                    .Collect()
                    .Where(c => c.Count() >= 2));
            Then().Do(ctx => recorder.Add($"scores {string.Join(",", scores.Order())}"));
        }
    }
}
