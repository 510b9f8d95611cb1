using System.Linq.Expressions;

namespace RoutingRules.Engine;

/// <summary>The start of an aggregating query: chooses the facts it ranges over.</summary>
public interface IQuery
{
    /// <summary>Ranges over facts of type <typeparamref name="T"/> satisfying the conditions (which may read earlier variables).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on each fact.</param>
    /// <returns>The query over matching facts.</returns>
    IQuery<T> Match<T>(params Expression<Func<T, bool>>[] conditions);
}
