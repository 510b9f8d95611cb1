namespace RoutingRules.Engine.Rete;

/// <summary>The compiled stages of a query: projection, element filters, grouping, result filters.</summary>
internal sealed class AggregateSpec(
    string text,
    LazyDelegate<Func<object?, object?>>? selector,
    LazyDelegate<Func<object?, bool>>[] elementFilters,
    LazyDelegate<Func<object?, object?>>? groupKey,
    LazyDelegate<Func<object?, bool>>[] resultFilters,
    Func<ElementCollection>? collection,
    Func<object?, ElementCollection>? groups)
{
    public string Text { get; } = text;
    public LazyDelegate<Func<object?, object?>>? Selector { get; } = selector;
    public LazyDelegate<Func<object?, bool>>[] ElementFilters { get; } = elementFilters;
    public LazyDelegate<Func<object?, object?>>? GroupKey { get; } = groupKey;
    public LazyDelegate<Func<object?, bool>>[] ResultFilters { get; } = resultFilters;
    public Func<ElementCollection>? Collection { get; } = collection;
    public Func<object?, ElementCollection>? Groups { get; } = groups;
}
