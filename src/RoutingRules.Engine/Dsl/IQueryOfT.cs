using System.Linq.Expressions;

namespace RoutingRules.Engine;

/// <summary>A query stage producing elements of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IQuery<T>
{
    /// <summary>Keeps the elements (or, after an aggregation, the results) satisfying the conditions.</summary>
    /// <param name="conditions">Conditions on each element or result.</param>
    /// <returns>The filtered query.</returns>
    IQuery<T> Where(params Expression<Func<T, bool>>[] conditions);

    /// <summary>Projects each element.</summary>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="selector">The projection of one element.</param>
    /// <returns>The projected query.</returns>
    IQuery<TResult> Select<TResult>(Expression<Func<T, TResult>> selector);

    /// <summary>Collects the elements into one collection; matches even when there are none.</summary>
    /// <returns>The query producing the collection.</returns>
    IQuery<IEnumerable<T>> Collect();

    /// <summary>Groups the elements by key; each non-empty group is a separate match.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="keySelector">The key of one element.</param>
    /// <returns>The query producing the groups.</returns>
    IQuery<IGrouping<TKey, T>> GroupBy<TKey>(Expression<Func<T, TKey>> keySelector);
}
