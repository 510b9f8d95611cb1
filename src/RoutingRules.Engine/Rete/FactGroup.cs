namespace RoutingRules.Engine.Rete;

/// <summary>One group of GroupBy(): a key and the (projected) elements having it.</summary>
internal sealed class FactGroup<TKey, T>(TKey key) : FactCollection<T>, IGrouping<TKey, T>
{
    public static ElementCollection Create(object? key) => new FactGroup<TKey, T>((TKey)key!);

    public TKey Key { get; } = key;
}
