using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class AgendaTests
{
    [Fact]
    public void Fire_DifferentPriorities_HigherPriorityFirst()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule), typeof(HighRule));
        session.Insert(new Lead(1, "a", 1));

        session.Fire();

        Assert.Equal(["high Lead 1", "low Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Fire_EqualPriority_ActivationOrder()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        for (var i = 0; i < 20; i++)
        {
            session.Insert(new Lead(i, "a", i));
        }

        session.Fire();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"low Lead {i}"), recorder.Entries);
    }

    [Fact]
    public void Update_PendingActivation_KeepsItsPlace()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        var first = new Lead(1, "a", 1);
        session.Insert(first);
        session.Insert(new Lead(2, "a", 2));

        first.Score = 10;
        session.Update(first);
        session.Fire();

        Assert.Equal(["low Lead 1", "low Lead 2"], recorder.Entries);
    }

    [Fact]
    public void Retract_PendingActivation_Disappears()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);
        Assert.Equal(1, session.AgendaCount);

        session.Retract(lead);

        Assert.Equal(0, session.AgendaCount);
        Assert.Equal(0, session.Fire());
        Assert.Empty(recorder.Entries);
    }

    [Fact]
    public void Fire_WithMax_BoundsRunawayChain()
    {
        var (session, _) = Engine.Session(typeof(EndlessRule));
        session.Insert(new Lead(1, "a", 0));

        var fired = session.Fire(25);

        Assert.Equal(25, fired);
        Assert.Equal(25, session.Query<Lead>().Single().Score);
    }

    [Fact]
    public void Fire_WithMinPriority_FiresOnlyThatHighAndNextFireContinuesWithFactsInsertedBetween()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule), typeof(HighRule));
        session.Insert(new Lead(1, "a", 1));

        Assert.Equal(1, session.Fire(100, minPriority: 10));
        Assert.Equal(["high Lead 1"], recorder.Entries);
        Assert.Equal(1, session.AgendaCount);

        session.Insert(new Lead(2, "a", 2));
        Assert.Equal(3, session.Fire());
        Assert.Equal(["high Lead 1", "high Lead 2", "low Lead 1", "low Lead 2"], recorder.Entries);
    }

    [Fact]
    public void Fire_WithMinPriorityAboveEveryRule_FiresNothing()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule), typeof(HighRule));
        session.Insert(new Lead(1, "a", 1));

        Assert.Equal(0, session.Fire(100, minPriority: 11));
        Assert.Empty(recorder.Entries);
        Assert.Equal(2, session.AgendaCount);
    }

    [Fact]
    public void Halt_InAction_StopsAfterCurrentRuleAndNextFireContinues()
    {
        var (session, recorder) = Engine.Session(typeof(HaltingRule));
        session.InsertAll([new Lead(1, "a", 1), new Lead(2, "a", 2), new Lead(3, "a", 3)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["halt Lead 1"], recorder.Entries);
        Assert.Equal(1, session.Fire());
        Assert.Equal(1, session.Fire(5));
        Assert.Equal(0, session.Fire());
        Assert.Equal(["halt Lead 1", "halt Lead 2", "halt Lead 3"], recorder.Entries);
    }

    [Fact]
    public void Fire_ActionInsertsFact_NewFactMatchedInSameFire()
    {
        var (session, recorder) = Engine.Session(typeof(QualifyRule), typeof(QualifiedRule));
        session.Insert(new Lead(1, "a", 90));
        session.Insert(new Lead(2, "a", 10));

        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["qualified Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Update_FiredRepeatableRule_FiresAgain()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);
        session.Fire();

        session.Update(lead);

        Assert.Equal(1, session.Fire());
        Assert.Equal(2, recorder.Count("low"));
    }

    [Fact]
    public void Update_FiredNonRepeatableRule_DoesNotFireAgain()
    {
        var (session, recorder) = Engine.Session(typeof(OnceRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);
        session.Fire();

        lead.Score = 5;
        session.Update(lead);

        Assert.Equal(0, session.Fire());
        Assert.Equal(1, recorder.Count("once"));
    }

    [Fact]
    public void Insert_NonRepeatableMatchGoneAndBack_FiresAgainAsNewMatch()
    {
        var (session, recorder) = Engine.Session(typeof(OnceRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);
        session.Fire();

        session.Retract(lead);
        session.Insert(lead);

        Assert.Equal(1, session.Fire());
        Assert.Equal(2, recorder.Count("once"));
    }

    [Fact]
    public void Update_PendingNonRepeatableMatch_FiresOnce()
    {
        var (session, recorder) = Engine.Session(typeof(OnceRule));
        var lead = new Lead(1, "a", 1);
        session.Insert(lead);

        session.Update(lead);
        session.Update(lead);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["once Lead 1"], recorder.Entries);
    }

    [Fact]
    public void Update_UnrelatedFact_FiredRuleDoesNotFireAgain()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        var account = new Account(1, "a");
        session.Insert(new Lead(1, "a", 1));
        session.Insert(account);
        session.Fire();

        session.Update(account);

        Assert.Equal(0, session.Fire());
        Assert.Equal(1, recorder.Count("low"));
    }

    [Fact]
    public void Update_FactSharedByManyMatches_ActivationsUpdatedNotRecreated()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule));
        session.InsertAll(Enumerable.Range(0, 50).Select(i => (object)new Lead(i, "a", i)).ToList());
        session.Fire(10);
        var created = 0;
        var updated = 0;
        session.Events.ActivationCreatedEvent += (_, _) => created++;
        session.Events.ActivationUpdatedEvent += (_, _) => updated++;

        session.Update(recorder);

        Assert.Equal(0, created);
        Assert.Equal(50, updated);
        Assert.Equal(50, session.AgendaCount);
        session.Fire();
        Assert.Equal(Enumerable.Range(10, 40).Concat(Enumerable.Range(0, 10)).Select(i => $"low Lead {i}"), recorder.Entries.Skip(10));
    }

    [Fact]
    public void Fire_ActionRetractsFact_ItsPendingActivationsRemovedInSameFire()
    {
        var (session, recorder) = Engine.Session(typeof(DropColdRule), typeof(LowRule));
        session.InsertAll([new Lead(1, "a", 5), new Lead(2, "a", 50)]);

        session.Fire();

        Assert.Equal(["low Lead 2"], recorder.Entries);
        Assert.Equal(2, Assert.Single(session.Query<Lead>()).Id);
    }

    [Fact]
    public void Fire_ActionTryInsertsPresentFact_ReturnsFalseAndInsertThrows()
    {
        var (session, recorder) = Engine.Session(typeof(ReinsertRule));
        session.Insert(new Lead(1, "a", 5));

        var ex = Assert.Throws<RuleActionEvaluationException>(() => session.Fire());

        Assert.Equal(["try False"], recorder.Entries);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Fire_PriorityChainedActivation_HigherPriorityNewActivationJumpsQueue()
    {
        var (session, recorder) = Engine.Session(typeof(LowRule), typeof(QualifyRule), typeof(UrgentQualifiedRule));
        session.InsertAll([new Lead(1, "a", 90), new Lead(2, "a", 10)]);

        session.Fire();

        Assert.Equal(["urgent Lead 1", "low Lead 1", "low Lead 2"], recorder.Entries);
    }

    [Priority(-5)]
    private sealed class LowRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When().Match(() => recorder).Match(() => lead);
            Then().Do(ctx => recorder.Add($"low {lead}"));
        }
    }

    [Priority(10)]
    private sealed class HighRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When().Match(() => recorder).Match(() => lead);
            Then().Do(ctx => recorder.Add($"high {lead}"));
        }
    }

    [Repeatability(RuleRepeatability.NonRepeatable)]
    private sealed class OnceRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When().Match(() => recorder).Match(() => lead);
            Then().Do(ctx => recorder.Add($"once {lead}"));
        }
    }

    private sealed class EndlessRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => Bump(ctx, lead));
        }

        private static void Bump(IContext ctx, Lead lead)
        {
            lead.Score++;
            ctx.Update(lead);
        }
    }

    private sealed class HaltingRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When().Match(() => recorder).Match(() => lead);
            Then()
                .Do(ctx => recorder.Add($"halt {lead}"))
                .Do(ctx => ctx.Halt());
        }
    }

    [Priority(10)]
    private sealed class QualifyRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead, l => l.Score > 80);
            Then().Do(ctx => ctx.Insert(new QualifiedLead(lead)));
        }
    }

    [Priority(-5)]
    private sealed class QualifiedRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            QualifiedLead qualified = null!;
            When().Match(() => recorder).Match(() => qualified);
            Then().Do(ctx => recorder.Add($"qualified {qualified.Lead}"));
        }
    }

    [Priority(20)]
    private sealed class DropColdRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead, l => l.Score < 10);
            Then().Do(ctx => ctx.Retract(lead));
        }
    }

    private sealed class ReinsertRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            Lead lead = null!;
            When().Match(() => recorder).Match(() => lead);
            Then()
                .Do(ctx => recorder.Add($"try {ctx.TryInsert(lead)}"))
                .Do(ctx => ctx.Insert(lead));
        }
    }

    [Priority(5)]
    private sealed class UrgentQualifiedRule : Rule
    {
        public override void Define()
        {
            Recorder recorder = null!;
            QualifiedLead qualified = null!;
            When().Match(() => recorder).Match(() => qualified);
            Then().Do(ctx => recorder.Add($"urgent {qualified.Lead}"));
        }
    }
}
