namespace RoutingRules.Domain.Explain;

/// <summary>What a <see cref="FactValue"/> holds.</summary>
internal enum FactValueKind : byte
{
    Text,
    Integer,
    Score,
    Time,
}
