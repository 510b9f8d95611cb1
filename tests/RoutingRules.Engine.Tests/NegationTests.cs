using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class NegationTests
{
    [Fact]
    public void Fire_NoBlocker_NotRuleFires()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        session.Insert(new Lead(1, "a", 1));
        session.Insert(new Account(1, "b"));

        session.Fire();

        Assert.Equal(["orphan Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Insert_BlockerBeforeFiring_ActivationRemoved()
    {
        var (session, _) = Engine.Session(typeof(NoAccountRule));
        session.Insert(new Lead(1, "a", 1));
        Assert.Equal(1, session.AgendaCount);

        session.Insert(new Account(1, "a"));

        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Retract_BlockerAfterFiring_NotRuleFiresAgain()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        session.Insert(new Lead(1, "a", 1));
        session.Fire();
        var blocker = new Account(1, "a");
        session.Insert(blocker);
        Assert.Equal(0, session.Fire());

        session.Retract(blocker);

        Assert.Equal(1, session.Fire());
        Assert.Equal(2, recorder.Count("orphan"));
    }

    [Fact]
    public void Update_BlockerMovesAway_NotRuleFires()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        var blocker = new Account(1, "a");
        session.Insert(blocker);
        session.Insert(new Lead(1, "a", 1));
        Assert.Equal(0, session.AgendaCount);

        blocker.Domain = "b";
        session.Update(blocker);
        session.Fire();

        Assert.Equal(["orphan Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Update_BlockerStillBlocking_NoActivationAndNoEvents()
    {
        var (session, _) = Engine.Session(typeof(NoAccountRule));
        var blocker = new Account(1, "a");
        session.Insert(new Lead(1, "a", 1));
        session.Insert(blocker);
        var agendaEvents = 0;
        session.Events.ActivationCreatedEvent += (_, _) => agendaEvents++;
        session.Events.ActivationDeletedEvent += (_, _) => agendaEvents++;

        session.Update(blocker);

        Assert.Equal(0, session.AgendaCount);
        Assert.Equal(0, agendaEvents);
    }

    [Fact]
    public void Retract_OneOfTwoBlockers_StillBlocked()
    {
        var (session, _) = Engine.Session(typeof(NoAccountRule));
        var first = new Account(1, "a");
        session.Insert(new Lead(1, "a", 1));
        session.Insert(first);
        session.Insert(new Account(2, "a"));

        session.Retract(first);

        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Exists_SupportersComeAndGo_FiresOnlyWhileSupported()
    {
        var (session, recorder) = Engine.Session(typeof(HasAccountRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);
        Assert.Equal(0, session.AgendaCount);
        var first = new Account(1, "a");
        var second = new Account(2, "a");
        session.Insert(first);
        session.Insert(second);
        Assert.Equal(1, session.AgendaCount);

        session.Retract(first);
        Assert.Equal(1, session.AgendaCount);
        session.Retract(second);
        Assert.Equal(0, session.AgendaCount);
        session.Insert(first);
        session.Fire();

        Assert.Equal(["known Lead 1"], recorder.Entries);
    }

    [Fact]
    public void All_EveryLeadQualifies_FiresUntilOneFails()
    {
        var (session, recorder) = Engine.Session(typeof(AllHotRule));
        var cold = new Lead(2, "a", 10);
        session.Insert(new Lead(1, "a", 90));
        Assert.Equal(1, session.AgendaCount);

        session.Insert(cold);
        Assert.Equal(0, session.AgendaCount);

        cold.Score = 95;
        session.Update(cold);
        session.Fire();

        Assert.Equal(["all hot"], recorder.Entries);
    }

    [Fact]
    public void All_CorrelatedEqualityBase_HashedAndTracksChanges()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(AllAccountsEvenRule));
        var session = factory.CreateSession();
        var odd = new Account(3, "a");
        session.InsertAll([new Lead(1, "a", 1), new Lead(2, "b", 1), new Account(2, "a"), odd]);
        Assert.Equal(1, session.AgendaCount);

        odd.Domain = "c";
        session.Update(odd);

        Assert.Equal(2, session.AgendaCount);
        Assert.Equal(2, factory.Network.SlotHashed.Count(h => h));
    }

    [Fact]
    public void Not_TopLevel_FiresOnEmptySessionAndStopsWhenFactArrives()
    {
        var session = Engine.Compile(typeof(NoLeadsRule)).CreateSession();
        Assert.Equal(1, session.AgendaCount);

        session.Insert(new Lead(1, "a", 1));

        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Retract_BlockerBeforeFiring_NotRuleFiresOnce()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        var blocker = new Account(1, "a");
        session.Insert(blocker);
        session.Insert(new Lead(1, "a", 1));
        Assert.Equal(0, session.AgendaCount);

        session.Retract(blocker);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["orphan Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Update_BlockerMovesInAfterFiring_NoFiringUntilItLeavesAgain()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        var blocker = new Account(1, "b");
        session.Insert(new Lead(1, "a", 1));
        session.Insert(blocker);
        session.Fire();

        blocker.Domain = "a";
        session.Update(blocker);
        Assert.Equal(0, session.Fire());
        blocker.Domain = "c";
        session.Update(blocker);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["orphan Lead 1", "orphan Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Update_LeftFactMovesToBlockedDomain_ActivationRemoved()
    {
        var (session, recorder) = Engine.Session(typeof(NoAccountRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(new Account(1, "b"));
        session.Insert(lead);
        Assert.Equal(1, session.AgendaCount);

        lead.Domain = "b";
        session.Update(lead);

        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Entries);
    }

    [Fact]
    public void Not_SameTypeBlocker_FactDoesNotBlockItself()
    {
        var (session, recorder) = Engine.Session(typeof(TopLeadRule));
        session.Insert(new Lead(1, "a", 10));
        Assert.Equal(1, session.AgendaCount);

        session.Insert(new Lead(2, "a", 20));
        session.Insert(new Lead(3, "b", 5));
        session.Fire();

        Assert.Equal(["top Lead 2", "top Lead 3"], recorder.Entries.Order());
    }

    [Fact]
    public void Update_SupporterMovesAway_ExistsActivationRemoved()
    {
        var (session, recorder) = Engine.Session(typeof(HasAccountRule));
        var supporter = new Account(1, "a");
        session.Insert(new Lead(1, "a", 1));
        session.Insert(supporter);
        Assert.Equal(1, session.AgendaCount);

        supporter.Domain = "b";
        session.Update(supporter);

        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Entries);
    }

    [Fact]
    public void Insert_SecondSupporterAfterFiring_ExistsDoesNotFireAgain()
    {
        var (session, recorder) = Engine.Session(typeof(HasAccountRule));
        session.Insert(new Lead(1, "a", 1));
        session.Insert(new Account(1, "a"));
        session.Fire();

        session.Insert(new Account(2, "a"));

        Assert.Equal(0, session.Fire());
        Assert.Equal(["known Lead 1"], recorder.Entries);
    }

    [Fact]
    public void All_NoFactInBase_Fires()
    {
        var (session, recorder) = Engine.Session(typeof(AllHotRule));
        session.Insert(new Lead(1, "b", 10));

        session.Fire();

        Assert.Equal(["all hot"], recorder.Entries);
    }

    [Fact]
    public void Retract_FactFailingAllAfterFiring_AllRuleFiresAgain()
    {
        var (session, recorder) = Engine.Session(typeof(AllHotRule));
        var cold = new Lead(2, "a", 10);
        session.Insert(new Lead(1, "a", 90));
        session.Fire();
        session.Insert(cold);
        Assert.Equal(0, session.Fire());

        session.Retract(cold);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["all hot", "all hot"], recorder.Entries);
    }

    private sealed class NoAccountRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Not<Account>(a => a.Domain == lead.Domain);
            Then().Do(ctx => recorder.Add($"orphan {lead}"));
        }
    }

    private sealed class TopLeadRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Not<Lead>(l => l.Domain == lead.Domain, l => l.Score >= lead.Score);
            Then().Do(ctx => recorder.Add($"top {lead}"));
        }
    }

    private sealed class HasAccountRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When()
                .Match(() => recorder)
                .Match(() => lead)
                .Exists<Account>(a => a.Domain == lead.Domain);
            Then().Do(ctx => recorder.Add($"known {lead}"));
        }
    }

    private sealed class AllHotRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            When()
                .Match(() => recorder)
                .All<Lead>(l => l.Domain == "a", l => l.Score > 50);
            Then().Do(ctx => recorder.Add("all hot"));
        }
    }

    private sealed class AllAccountsEvenRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead).All<Account>(a => a.Domain == lead.Domain, a => a.Id % 2 == 0);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class NoLeadsRule : Rule
    {
        public override void Define()
        {
            When().Not<Lead>();
            Then().Do(ctx => ctx.Halt());
        }
    }
}
