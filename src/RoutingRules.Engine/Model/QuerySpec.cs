using System.Linq.Expressions;

namespace RoutingRules.Engine.Model;

/// <summary>The stages of an aggregating query, as written.</summary>
internal sealed class QuerySpec
{
    public Type SourceType { get; set; } = typeof(object);
    public List<LambdaExpression> SourceConditions { get; } = [];
    public LambdaExpression? Selector { get; set; }
    public List<LambdaExpression> ElementFilters { get; } = [];
    public AggregateKind Kind { get; set; }
    public LambdaExpression? GroupKey { get; set; }
    public List<LambdaExpression> ResultFilters { get; } = [];

    /// <summary>The element type after projection.</summary>
    public Type ElementType { get; set; } = typeof(object);
}

/// <summary>The aggregation a query ends with.</summary>
internal enum AggregateKind
{
    None,
    Collect,
    GroupBy,
}
