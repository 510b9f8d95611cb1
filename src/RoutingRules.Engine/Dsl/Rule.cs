using RoutingRules.Engine.Model;

namespace RoutingRules.Engine;

/// <summary>
/// Base class of a rule written with the fluent DSL. Override <see cref="Define"/> and describe the
/// conditions with <see cref="When"/> and the actions with <see cref="Then"/>.
/// </summary>
public abstract class Rule
{
    private readonly string? _name;
    private RuleBuilder? _builder;

    /// <summary>Creates a rule named by its <see cref="NameAttribute"/> or full type name.</summary>
    protected Rule()
    {
    }

    /// <summary>
    /// Creates a rule with its own name: for rule sets generated at run time, where one class is
    /// instantiated several times (load the instances with <see cref="RuleRepository.Load(IEnumerable{Rule})"/>).
    /// </summary>
    /// <param name="name">The rule name.</param>
    protected Rule(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    internal RuleMetadata Metadata => RuleMetadata.FromType(GetType(), _name);

    /// <summary>Declares the rule's conditions and actions; called once when the rule is loaded.</summary>
    public abstract void Define();

    /// <summary>Starts or continues the left-hand side (the conditions) of the rule.</summary>
    /// <returns>The builder of the rule's conditions.</returns>
    protected ILeftHandSideExpression When() => Builder.Lhs;

    /// <summary>Starts or continues the right-hand side (the actions) of the rule.</summary>
    /// <returns>The builder of the rule's actions.</returns>
    protected IRightHandSideExpression Then() => Builder.Rhs;

    private RuleBuilder Builder =>
        _builder ?? throw new InvalidOperationException("When() and Then() may only be called from Define().");

    internal RuleDefinition Build()
    {
        _builder = new RuleBuilder(Metadata);
        try
        {
            Define();
            return _builder.Build();
        }
        finally
        {
            _builder = null;
        }
    }
}
