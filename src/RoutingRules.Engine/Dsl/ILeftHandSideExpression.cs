using System.Linq.Expressions;

namespace RoutingRules.Engine;

/// <summary>Fluent builder of a rule's conditions (its left-hand side).</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="T"/> and binds it to the variable named by <paramref name="alias"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable to bind, e.g. <c>() =&gt; lead</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may read variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="T"/> without binding it to a variable.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that no fact of type <typeparamref name="T"/> satisfies the conditions.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that at least one fact of type <typeparamref name="T"/> satisfies the conditions.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Requires that every fact of type <typeparamref name="T"/> matching <paramref name="baseCondition"/> also satisfies <paramref name="conditions"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="baseCondition">Selects the facts the rule quantifies over.</param>
    /// <param name="conditions">What each selected fact must satisfy.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression All<T>(Expression<Func<T, bool>> baseCondition, params Expression<Func<T, bool>>[] conditions);

    /// <summary>Adds a group whose elements are alternatives: the rule matches when any of them matches.</summary>
    /// <param name="builder">Builds the alternatives.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Or(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder);

    /// <summary>Adds a group whose elements must all match (useful inside <see cref="Or"/>).</summary>
    /// <param name="builder">Builds the group.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression And(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder);

    /// <summary>Binds the result of an aggregating query (for example a collection or a group) to a variable.</summary>
    /// <typeparam name="TResult">The query's result type.</typeparam>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="query">Builds the query from a source pattern.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query);

    /// <summary>Binds the value of an expression over earlier variables to a new variable.</summary>
    /// <typeparam name="TResult">The value's type.</typeparam>
    /// <param name="alias">The variable to bind.</param>
    /// <param name="expression">The value, computed from variables bound earlier.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Filters the match with conditions over variables bound earlier.</summary>
    /// <param name="conditions">Conditions over earlier variables.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);
}
