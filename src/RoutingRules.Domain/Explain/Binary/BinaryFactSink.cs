namespace RoutingRules.Domain.Explain.Binary;

/// <summary>Writes a fact's description as <see cref="TraceBinary"/> stores a <see cref="TraceFact"/>: type, field count, then each key and value.</summary>
internal readonly struct BinaryFactSink(TraceBinaryWriter writer) : IFactSink
{
    public int Fact(string type, params ReadOnlySpan<(string Key, FactValue Value)> fields)
    {
        var count = 0;
        foreach (var field in fields)
        {
            count += field.Value.IsNull ? 0 : 1;
        }

        writer.String(type);
        writer.Count(count);
        foreach (var (key, value) in fields)
        {
            if (!value.IsNull)
            {
                writer.String(key);
                writer.Value(value);
            }
        }

        return count;
    }
}
