using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests;

public sealed class EventTests
{
    [Fact]
    public void Events_InsertUpdateRetractAndFire_RaisedInOrder()
    {
        var session = Engine.Compile(typeof(LeadRule)).CreateSession();
        var log = new List<string>();
        var events = session.Events;
        events.FactInsertedEvent += (_, e) => log.Add($"inserted {e.Fact}");
        events.FactUpdatedEvent += (_, e) => log.Add($"updated {e.Fact}");
        events.FactRetractedEvent += (_, e) => log.Add($"retracted {e.Fact}");
        events.ActivationCreatedEvent += (_, e) => log.Add($"created {e.Match.Facts[0].Value}");
        events.ActivationUpdatedEvent += (_, e) => log.Add($"activation updated {e.Match.Facts[0].Value}");
        events.ActivationDeletedEvent += (_, e) => log.Add($"deleted {e.Match.Facts[0].Value}");
        events.RuleFiringEvent += (_, e) => log.Add($"firing {e.Rule.Name}");
        events.RuleFiredEvent += (_, e) => log.Add($"fired {e.Match.Facts[0].Name}={e.Match.Facts[0].Value}");
        var lead = new Lead(1, "a", 1);

        session.Insert(lead);
        session.Update(lead);
        session.Fire();
        session.Retract(lead);

        Assert.Equal(
        [
            "created Lead 1", "inserted Lead 1", "activation updated Lead 1", "updated Lead 1",
            "firing lead-rule", "fired lead=Lead 1", "deleted Lead 1", "retracted Lead 1",
        ], log);
    }

    [Fact]
    public void Events_SubscribedOnFactory_RaisedForEverySession()
    {
        var factory = Engine.Compile(typeof(LeadRule));
        var fired = 0;
        factory.Events.RuleFiredEvent += (_, _) => fired++;

        foreach (var session in new[] { factory.CreateSession(), factory.CreateSession() })
        {
            session.Insert(new Lead(1, "a", 1));
            session.Fire();
        }

        Assert.Equal(2, fired);
    }

    [Fact]
    public void Insert_ConditionThrows_RuleConditionEvaluationExceptionNamesRuleAndExpression()
    {
        var session = Engine.Compile(typeof(FragileConditionRule)).CreateSession();

        var ex = Assert.Throws<RuleConditionEvaluationException>(() => session.Insert(new Lead(1, null!, 1)));

        Assert.Contains("fragile-condition", ex.Message);
        Assert.Contains("l.Domain.Length", ex.Expression);
        Assert.IsType<NullReferenceException>(ex.InnerException);
    }

    [Fact]
    public void Insert_ConditionThrowsAndHandlerHandles_ConditionTreatedAsFalse()
    {
        var session = Engine.Compile(typeof(FragileConditionRule)).CreateSession();
        IReadOnlyList<IRuleDefinition>? rules = null;
        session.Events.ConditionFailedEvent += (_, e) =>
        {
            rules = e.Rules;
            e.IsHandled = true;
        };

        session.Insert(new Lead(1, null!, 1));
        session.Insert(new Lead(2, "abcd", 1));

        Assert.Equal(1, session.AgendaCount);
        Assert.Equal("fragile-condition", Assert.Single(rules!).Name);
    }

    [Fact]
    public void Fire_ActionThrows_RuleActionEvaluationExceptionNamesRule()
    {
        var session = Engine.Compile(typeof(FragileActionRule)).CreateSession();
        session.Insert(new Lead(1, "a", 0));

        var ex = Assert.Throws<RuleActionEvaluationException>(() => session.Fire());

        Assert.Equal("fragile-action", ex.RuleName);
        Assert.Contains("Divide", ex.Expression);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Fact]
    public void Fire_ActionThrowsAndHandlerHandles_FiringContinues()
    {
        var session = Engine.Compile(typeof(FragileActionRule)).CreateSession();
        session.InsertAll([new Lead(1, "a", 0), new Lead(2, "a", 0)]);
        var failures = 0;
        session.Events.ActionFailedEvent += (_, e) =>
        {
            failures++;
            e.IsHandled = true;
        };

        Assert.Equal(2, session.Fire());
        Assert.Equal(2, failures);
    }

    [Fact]
    public void Insert_JoinConditionThrows_ExceptionNamesRuleAndExpression()
    {
        var session = Engine.Compile(typeof(FragileJoinRule)).CreateSession();
        session.Insert(new Lead(1, "a", 0));

        var ex = Assert.Throws<RuleConditionEvaluationException>(() => session.Insert(new Account(10, "a")));

        Assert.Contains("fragile-join", ex.Message);
        Assert.Equal(["fragile-join"], ex.RuleNames);
        Assert.Contains("a.Id / lead.Score", ex.Expression);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Fact]
    public void ConditionFailedEvent_Raised_CarriesExpressionFactAndException()
    {
        var session = Engine.Compile(typeof(FragileJoinRule)).CreateSession();
        ConditionFailedEventArgs? failure = null;
        session.Events.ConditionFailedEvent += (_, e) =>
        {
            failure = e;
            e.IsHandled = true;
        };
        var account = new Account(10, "a");
        session.Insert(new Lead(1, "a", 0));

        session.Insert(account);

        Assert.NotNull(failure);
        Assert.Contains("lead.Score", failure.Expression);
        Assert.Same(account, failure.Fact);
        Assert.IsType<DivideByZeroException>(failure.Exception);
        Assert.Equal(0, session.AgendaCount);
    }

    [Fact]
    public void Fire_ActionThrows_MessageNamesRuleAndAction()
    {
        var session = Engine.Compile(typeof(FragileActionRule)).CreateSession();
        session.Insert(new Lead(1, "a", 0));

        var ex = Assert.Throws<RuleActionEvaluationException>(() => session.Fire());

        Assert.Contains("'fragile-action'", ex.Message);
        Assert.Contains("Divide(100, lead.Score)", ex.Message);
    }

    [Fact]
    public void ActionFailedEvent_Raised_CarriesRuleMatchAndAction()
    {
        var session = Engine.Compile(typeof(FragileActionRule)).CreateSession();
        var lead = new Lead(1, "a", 0);
        session.Insert(lead);
        ActionFailedEventArgs? failure = null;
        session.Events.ActionFailedEvent += (_, e) =>
        {
            failure = e;
            e.IsHandled = true;
        };

        session.Fire();

        Assert.NotNull(failure);
        Assert.Equal("fragile-action", failure.Rule.Name);
        Assert.Same(lead, failure.Match.Facts.Single().Value);
        Assert.Contains("Divide", failure.Expression);
    }

    [Fact]
    public void Events_BlockerComesAndGoes_ActivationDeletedThenCreated()
    {
        var session = Engine.Compile(typeof(OrphanRule)).CreateSession();
        var log = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => log.Add($"created {e.Rule.Name} {e.Match.Facts[0].Value}");
        session.Events.ActivationDeletedEvent += (_, e) => log.Add($"deleted {e.Rule.Name} {e.Match.Facts[0].Value}");
        var blocker = new Account(1, "a");

        session.Insert(new Lead(1, "a", 1));
        session.Insert(blocker);
        session.Retract(blocker);

        Assert.Equal(["created orphan Lead 1", "deleted orphan Lead 1", "created orphan Lead 1"], log);
    }

    [Fact]
    public void Events_RuleFiringAndFired_CarryMatchedFactsByVariable()
    {
        var session = Engine.Compile(typeof(FragileJoinRule)).CreateSession();
        var facts = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => facts.Add("firing " + string.Join(",", e.Match.Facts.Select(f => $"{f.Name}:{f.Type.Name}={f.Value}")));
        session.Events.RuleFiredEvent += (_, e) => facts.Add("fired " + string.Join(",", e.Match.Facts.Select(f => $"{f.Name}={f.Value}")));
        session.Insert(new Lead(1, "a", 5));
        session.Insert(new Account(10, "a"));

        session.Fire();

        Assert.Equal(["firing lead:Lead=Lead 1,account:Account=Account 10", "fired lead=Lead 1,account=Account 10"], facts);
    }

    [Fact]
    public void Values_OfAFiringMatch_AreItsFactsValuesInOrder()
    {
        var session = Engine.Compile(typeof(FragileJoinRule)).CreateSession();
        var lead = new Lead(1, "a", 5);
        var account = new Account(10, "a");
        object?[]? values = null;
        object?[]? viaFacts = null;
        session.Events.RuleFiringEvent += (_, e) => (values, viaFacts) = (e.Match.Values(), e.Match.Facts.Select(f => f.Value).ToArray());
        session.Insert(lead);
        session.Insert(account);

        session.Fire();

        Assert.Equal([lead, account], values);
        Assert.Equal(viaFacts, values);
    }

    [Name("lead-rule")]
    private sealed class LeadRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }

    [Name("fragile-condition")]
    private sealed class FragileConditionRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead, l => l.Domain.Length > 2);
            Then().Do(ctx => lead.ToString());
        }
    }

    [Name("fragile-action")]
    private sealed class FragileActionRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => Divide(100, lead.Score));
        }

        private static int Divide(int a, int b) => a / b;
    }

    [Name("fragile-join")]
    private sealed class FragileJoinRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain, a => a.Id / lead.Score > 0);
            Then().Do(ctx => account.ToString());
        }
    }

    [Name("orphan")]
    private sealed class OrphanRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead).Not<Account>(a => a.Domain == lead.Domain);
            Then().Do(ctx => lead.ToString());
        }
    }
}
