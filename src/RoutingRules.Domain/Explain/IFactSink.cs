namespace RoutingRules.Domain.Explain;

/// <summary>Receives a fact's description from <see cref="FactDescriber"/>; fields whose value is null are left out.</summary>
internal interface IFactSink
{
    /// <summary>Takes the fact's type and fields; returns the number of fields kept.</summary>
    int Fact(string type, params ReadOnlySpan<(string Key, FactValue Value)> fields);
}

/// <summary>Builds the <see cref="TraceFact"/> that programs and the renderer read.</summary>
internal struct TraceFactSink : IFactSink
{
    public TraceFact? Result { get; private set; }

    public int Fact(string type, params ReadOnlySpan<(string Key, FactValue Value)> fields)
    {
        var count = 0;
        foreach (var field in fields)
        {
            count += field.Value.IsNull ? 0 : 1;
        }

        var keys = new string[count];
        var values = new string[count];
        count = 0;
        foreach (var (key, value) in fields)
        {
            if (!value.IsNull)
            {
                (keys[count], values[count]) = (key, value.ToText()!);
                count++;
            }
        }

        Result = new TraceFact(type, new FieldMap(keys, values));
        return count;
    }
}
