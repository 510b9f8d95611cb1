using System.Linq.Expressions;

namespace RoutingRules.Engine.Model;

/// <summary>Records a query's stages into a <see cref="QuerySpec"/>.</summary>
internal sealed class QueryBuilder(RuleBuilder owner, QuerySpec spec) : IQuery
{
    public IQuery<T> Match<T>(params Expression<Func<T, bool>>[] conditions)
    {
        spec.SourceType = typeof(T);
        spec.ElementType = typeof(T);
        spec.SourceConditions.AddRange(conditions ?? []);
        return new Stage<T>(owner, spec);
    }

    private sealed class Stage<T>(RuleBuilder owner, QuerySpec spec) : IQuery<T>
    {
        public IQuery<T> Where(params Expression<Func<T, bool>>[] conditions)
        {
            var target = spec.Kind != AggregateKind.None ? spec.ResultFilters
                : spec.Selector != null ? spec.ElementFilters
                : spec.SourceConditions;
            target.AddRange(conditions ?? []);
            return this;
        }

        public IQuery<TResult> Select<TResult>(Expression<Func<T, TResult>> selector)
        {
            if (spec.Kind != AggregateKind.None || spec.Selector != null)
            {
                throw owner.Error("a query may project once, before its aggregation");
            }

            spec.Selector = selector;
            spec.ElementType = typeof(TResult);
            return new Stage<TResult>(owner, spec);
        }

        public IQuery<IEnumerable<T>> Collect()
        {
            SetAggregate(AggregateKind.Collect);
            return new Stage<IEnumerable<T>>(owner, spec);
        }

        public IQuery<IGrouping<TKey, T>> GroupBy<TKey>(Expression<Func<T, TKey>> keySelector)
        {
            SetAggregate(AggregateKind.GroupBy);
            spec.GroupKey = keySelector;
            return new Stage<IGrouping<TKey, T>>(owner, spec);
        }

        private void SetAggregate(AggregateKind kind)
        {
            if (spec.Kind != AggregateKind.None)
            {
                throw owner.Error("a query may aggregate once");
            }

            spec.Kind = kind;
        }
    }
}
