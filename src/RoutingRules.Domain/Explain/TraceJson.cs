using System.Text.Json;
using System.Text.Json.Serialization;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// The JSON form of a trace handed to programs and stored with each decision (camelCase, enums as
/// names, nulls omitted). Every committed decision writes one, so the serializer is generated at
/// build time rather than driven by reflection.
/// </summary>
public static class TraceJson
{
    private static readonly JsonSerializerOptions Indented = new(TraceJsonContext.Default.Options) { WriteIndented = true };

    public static string Serialize(RoutingTrace trace, bool indented = false) =>
        indented ? JsonSerializer.Serialize(trace, Indented) : JsonSerializer.Serialize(trace, TraceJsonContext.Default.RoutingTrace);

    /// <summary>The compact form as UTF-8, the way the decision log stores it (no UTF-16 copy of several kilobytes per decision).</summary>
    public static byte[] SerializeToUtf8(RoutingTrace trace) => JsonSerializer.SerializeToUtf8Bytes(trace, TraceJsonContext.Default.RoutingTrace);

    /// <summary>Reads a trace in the current format or in the earlier one (see <see cref="LegacyTraceFormat"/>).</summary>
    public static RoutingTrace Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TraceJsonContext.Default.RoutingTrace) ?? new RoutingTrace();
        }
        catch (JsonException) when (LegacyTraceFormat.Upgrade(json) is { } upgraded)
        {
            return JsonSerializer.Deserialize(upgraded, TraceJsonContext.Default.RoutingTrace) ?? new RoutingTrace();
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RoutingTrace))]
internal sealed partial class TraceJsonContext : JsonSerializerContext;
