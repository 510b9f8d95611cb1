namespace RoutingRules.Domain.Explain;

/// <summary>A fact as the trace keeps it: its type and the key fields a reader needs, as text.</summary>
public sealed record TraceFact(string Type, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The field's value, or null when the fact has no such field.</summary>
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value : null;
}
