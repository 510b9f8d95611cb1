using RoutingRules.Engine.Model;

namespace RoutingRules.Engine;

/// <summary>
/// Base class of a rule written with the fluent DSL. Override <see cref="Define"/> and describe the
/// conditions with <see cref="When"/> and the actions with <see cref="Then"/>.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

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
        var metadata = RuleMetadata.FromType(GetType());
        _builder = new RuleBuilder(metadata);
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
