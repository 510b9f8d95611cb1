using System.Text.Json;
using System.Text.Json.Serialization;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>The JSON form of a trace handed to programs (camelCase, enums as names, nulls omitted).</summary>
public static class TraceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(RoutingTrace trace, bool indented = false) => JsonSerializer.Serialize(trace, indented ? Indented : Options);

    public static RoutingTrace Deserialize(string json) => JsonSerializer.Deserialize<RoutingTrace>(json, Options) ?? new RoutingTrace();
}
