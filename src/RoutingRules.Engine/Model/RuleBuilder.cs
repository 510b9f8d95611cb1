using System.Linq.Expressions;
using System.Reflection;

namespace RoutingRules.Engine.Model;

/// <summary>Collects what a rule's Define() declares.</summary>
internal sealed class RuleBuilder
{
    private readonly Dictionary<MemberInfo, Declaration> _byMember = [];
    private readonly List<Declaration> _declarations = [];
    private readonly List<ActionElement> _actions = [];
    private readonly GroupElement _root = new(isOr: false, []);
    private int _anonymous;

    public RuleBuilder(RuleMetadata metadata)
    {
        Metadata = metadata;
        Lhs = new GroupBuilder(this, _root);
        Rhs = new ActionBuilder(this);
    }

    public RuleMetadata Metadata { get; }
    public ILeftHandSideExpression Lhs { get; }
    public IRightHandSideExpression Rhs { get; }

    public Declaration Declare(LambdaExpression alias, Type type)
    {
        var body = alias.Body is UnaryExpression { NodeType: ExpressionType.Convert } u ? u.Operand : alias.Body;
        if (body is not MemberExpression { Member: FieldInfo or PropertyInfo } member)
        {
            throw Error($"the alias '{alias}' must name a variable, e.g. () => lead");
        }

        // Or-branches may each bind the same variable; binding it twice in one branch fails at build.
        if (_byMember.TryGetValue(member.Member, out var existing))
        {
            return existing.Type == type ? existing : throw Error($"variable '{existing.Name}' is bound with two types");
        }

        var declaration = new Declaration(member.Member.Name, type, member.Member);
        _byMember.Add(member.Member, declaration);
        _declarations.Add(declaration);
        return declaration;
    }

    public Declaration DeclareAnonymous(Type type)
    {
        var declaration = new Declaration($"${type.Name}{++_anonymous}", type, member: null);
        _declarations.Add(declaration);
        return declaration;
    }

    public void AddAction(ActionElement action) => _actions.Add(action);

    public RuleDefinitionException Error(string problem) => new(Metadata.Name, problem);

    public RuleDefinition Build()
    {
        if (_root.Children.Count == 0)
        {
            throw Error("the rule has no conditions (When() is empty)");
        }

        if (_actions.Count == 0)
        {
            throw Error("the rule has no actions (Then() is empty)");
        }

        return new RuleDefinition(Metadata, _root, _declarations, _actions);
    }

    public IReadOnlyDictionary<MemberInfo, Declaration> DeclarationsByMember => _byMember;

    private sealed class ActionBuilder(RuleBuilder owner) : IRightHandSideExpression
    {
        public IRightHandSideExpression Do(Expression<Action<IContext>> action)
        {
            owner.AddAction(new ActionElement(action ?? throw owner.Error("Do() needs an action"), update: null, isYield: false));
            return this;
        }

        public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create)
            where TFact : class
        {
            owner.AddAction(new ActionElement(create ?? throw owner.Error("Yield() needs a factory"), update: null, isYield: true));
            return this;
        }

        public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create, Expression<Func<IContext, TFact, TFact>> update)
            where TFact : class
        {
            owner.AddAction(new ActionElement(create ?? throw owner.Error("Yield() needs a factory"), update, isYield: true));
            return this;
        }
    }
}
