using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Reads traces stored before firings referred to <see cref="TraceDetails.Facts"/>: each firing
/// then carried its matched and inserted facts in full. The upgrade moves those facts into a table
/// (one entry per distinct fact) and replaces them by their positions, so old decisions explain
/// exactly as they did.
/// </summary>
internal static class LegacyTraceFormat
{
    /// <summary>The JSON in the current format, or null when it is not a trace of the earlier format.</summary>
    public static string? Upgrade(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root?["details"] is not JsonObject details || details["firings"] is not JsonArray firings || details.ContainsKey("facts"))
        {
            return null;
        }

        var facts = new JsonArray();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var firing in firings.OfType<JsonObject>())
        {
            foreach (var member in (string[])["matched", "inserted"])
            {
                if (firing[member] is JsonArray described)
                {
                    firing[member] = new JsonArray(described.Select(fact => (JsonNode?)PositionOf(fact, facts, positions)).ToArray());
                }
            }
        }

        details["facts"] = facts;
        return root.ToJsonString();
    }

    private static int PositionOf(JsonNode? fact, JsonArray facts, Dictionary<string, int> positions)
    {
        var text = fact?.ToJsonString() ?? "null";
        if (!positions.TryGetValue(text, out var position))
        {
            facts.Add(fact?.DeepClone());
            positions[text] = position = facts.Count - 1;
        }

        return position;
    }
}
