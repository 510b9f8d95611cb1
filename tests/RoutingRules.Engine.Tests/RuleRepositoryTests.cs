using RoutingRules.Engine.Tests.Facts;
using RoutingRules.Engine.Tests.Sample;

namespace RoutingRules.Engine.Tests;

public sealed class RuleRepositoryTests
{
    [Fact]
    public void Load_RuleWithAttributes_ReadsMetadata()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(KnownAccountRule), typeof(PlainRule)));

        var known = repository.Rules.Single(r => r.Name == "Sample.KnownAccount");
        var plain = repository.Rules.Single(r => r.RuleType == typeof(PlainRule));
        Assert.Equal(["sample", "accounts"], known.Tags);
        Assert.StartsWith("A lead from the domain", known.Description);
        Assert.Equal(typeof(PlainRule).FullName, plain.Name);
        Assert.Equal(0, plain.Priority);
        Assert.Equal(RuleRepeatability.Repeatable, plain.Repeatability);
    }

    [Fact]
    public void Load_WhereOnName_FiltersRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(KnownAccountRule).Assembly).Where(r => r.Name.StartsWith("Sample.Q", StringComparison.Ordinal)));

        Assert.Equal("Sample.QualifyHotLead", Assert.Single(repository.Rules).Name);
    }

    [Fact]
    public void Load_DuplicateRuleName_ThrowsNamingRule()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(KnownAccountRule)));

        var ex = Assert.Throws<RuleDefinitionException>(() => repository.Load(x => x.From(typeof(DuplicateNameRule))));

        Assert.Equal("Sample.KnownAccount", ex.RuleName);
        Assert.Contains("duplicate rule name", ex.Message);
    }

    [Fact]
    public void Load_ConstructorNameTakenByAnotherRule_ThrowsNamingRule()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(KnownAccountRule)));

        var ex = Assert.Throws<RuleDefinitionException>(() => repository.Load(x => x.From(typeof(SelfNamedRule))));

        Assert.Equal("Sample.KnownAccount", ex.RuleName);
        Assert.Contains(typeof(SelfNamedRule).FullName!, ex.Message);
    }

    [Theory]
    [InlineData(typeof(BoundLaterRule), "uses variable 'account' before it is bound")]
    [InlineData(typeof(NeverBoundRule), "variable 'account' is used but never bound")]
    [InlineData(typeof(NoActionsRule), "has no actions")]
    [InlineData(typeof(NoConditionsRule), "has no conditions")]
    [InlineData(typeof(BadAliasRule), "must name a variable")]
    [InlineData(typeof(ThrowingDefineRule), "Define() failed: boom")]
    [InlineData(typeof(OrBranchMissingVariableRule), "uses variable 'account' which this rule (or this Or-branch of it) never binds")]
    public void Load_InvalidRule_ThrowsNamingRuleAndProblem(Type ruleType, string problem)
    {
        var repository = new RuleRepository();

        var ex = Assert.Throws<RuleDefinitionException>(() => repository.Load(x => x.From(ruleType)));

        Assert.Equal(ruleType.FullName, ex.RuleName);
        Assert.Contains(ruleType.FullName!, ex.Message);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Compile_ThenLoadMoreAndCompileAgain_FirstFactoryUnchanged()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(HotLeadA)));
        var first = repository.Compile();

        repository.Load(x => x.From(typeof(PlainRule)));
        var second = repository.Compile();

        Assert.Equal(1, Fire(first));
        Assert.Equal(2, Fire(second));
    }

    [Fact]
    public void Load_AfterRejectedRule_EarlierRulesStillCompile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(HotLeadA)));

        Assert.Throws<RuleDefinitionException>(() => repository.Load(x => x.From(typeof(OrBranchMissingVariableRule))));
        repository.Load(x => x.From(typeof(PlainRule)));

        Assert.Equal(2, repository.Rules.Count);
        Assert.Equal(2, Fire(repository.Compile()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compile_Eager_CompilesConditionsBeforeFirstSession(bool eager)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(HotLeadA), typeof(JoinA)));

        var factory = (Runtime.SessionFactory)repository.Compile(eager);

        var test = factory.Network.RootsFor(typeof(Lead)).Single().Children.Single().Test!;
        var key = factory.Network.RootsFor(typeof(Account)).Single().Memory!.Sources.Single().Key!;
        Assert.Equal(eager, test.IsCompiled);
        Assert.Equal(eager, key.IsCompiled);
        Assert.Equal(2, Fire(factory));
        Assert.True(test.IsCompiled);
    }

    [Fact]
    public void Compile_IdenticalConditionsAcrossRules_ShareAlphaNodes()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(HotLeadA), typeof(HotLeadB));

        var leadRoot = factory.Network.RootsFor(typeof(Lead)).Single();
        var test = Assert.Single(leadRoot.Children);
        Assert.Equal(2, test.Rules.Count);
    }

    [Fact]
    public void Compile_IdenticalJoinKeysAcrossRules_ShareOneIndexAndOneCompiledDelegate()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(typeof(JoinA), typeof(JoinB));

        var accountRoot = factory.Network.RootsFor(typeof(Account)).Single();
        var source = Assert.Single(accountRoot.Memory!.Sources);
        var joins = source.Consumers.Cast<Rete.JoinNode>().ToArray();
        Assert.Equal(2, joins.Length);
        Assert.True(source.Hashed);
        Assert.Same(joins[0].LeftKey!.Value, joins[1].LeftKey!.Value);
    }

    private static int Fire(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.Insert(new Lead(1, "a", 95));
        session.Insert(new Account(1, "a"));
        return session.Fire();
    }

    private sealed class JoinA : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead).Match(() => account, a => a.Domain == lead.Domain);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class JoinB : Rule
    {
        public override void Define()
        {
            Lead hot = null!;
            Account owner = null!;
            When().Match(() => hot, l => l.Score > 90).Match(() => owner, x => hot.Domain == x.Domain);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class PlainRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class SelfNamedRule() : Rule("Sample.KnownAccount")
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }

    [Name("Sample.KnownAccount")]
    private sealed class DuplicateNameRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class BoundLaterRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When()
                .Match(() => lead, l => l.Domain == account.Domain)
                .Match(() => account);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class NeverBoundRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Match(() => lead, l => l.Domain == account.Domain);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class NoActionsRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead);
        }
    }

    private sealed class NoConditionsRule : Rule
    {
        public override void Define() => Then().Do(ctx => ctx.Halt());
    }

    private sealed class BadAliasRule : Rule
    {
        public override void Define()
        {
            When().Match(() => new Lead(1, "a", 1));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class ThrowingDefineRule : Rule
    {
        public override void Define() => throw new InvalidOperationException("boom");
    }

    private sealed class OrBranchMissingVariableRule : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            Account account = null!;
            When().Or(x => x
                .Match(() => lead, l => l.Score > 90)
                .And(y => y.Match(() => lead).Match(() => account, a => a.Domain == lead.Domain)));
            Then().Do(ctx => account.ToString());
        }
    }

    private sealed class HotLeadA : Rule
    {
        public override void Define()
        {
            Lead lead = null!;
            When().Match(() => lead, l => l.Score > 80);
            Then().Do(ctx => lead.ToString());
        }
    }

    private sealed class HotLeadB : Rule
    {
        public override void Define()
        {
            Lead hot = null!;
            When().Match(() => hot, x => x.Score > 80);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
