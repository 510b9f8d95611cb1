using System.Linq.Expressions;

namespace RoutingRules.Engine;

/// <summary>Fluent builder of a rule's actions (its right-hand side).</summary>
public interface IRightHandSideExpression
{
    /// <summary>Adds an action, run each time the rule fires, in declaration order.</summary>
    /// <param name="action">The action; it may read the rule's variables.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Adds a linked fact: inserted when the rule first fires for a match, updated when the match is
    /// updated and the rule fires again, retracted when the match goes away.
    /// </summary>
    /// <typeparam name="TFact">The linked fact type.</typeparam>
    /// <param name="create">Creates the linked fact from the rule's variables.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create) where TFact : class;

    /// <summary>Adds a linked fact with an explicit update step for later firings of the same match.</summary>
    /// <typeparam name="TFact">The linked fact type.</typeparam>
    /// <param name="create">Creates the linked fact on the first firing.</param>
    /// <param name="update">Produces the updated fact from the previous one on later firings.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> create, Expression<Func<IContext, TFact, TFact>> update)
        where TFact : class;
}
