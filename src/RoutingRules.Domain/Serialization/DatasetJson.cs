using System.Text.Json;
using System.Text.Json.Serialization;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Serialization;

/// <summary>The dataset JSON format: camelCase, enums as strings, nulls omitted (see docs/dataset.md).</summary>
public static class DatasetJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>Same format without indentation, for storage columns.</summary>
    public static JsonSerializerOptions Compact { get; } = CreateOptions(indented: false);

    public static string Serialize(Dataset dataset) => JsonSerializer.Serialize(dataset, Options);

    public static Dataset Deserialize(string json) =>
        JsonSerializer.Deserialize<Dataset>(json, Options) ?? throw new JsonException("The dataset JSON is null.");

    public static Dataset Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dataset>(stream, Options) ?? throw new JsonException("The dataset JSON is null.");
    }

    public static void Save(Dataset dataset, string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, dataset, Options);
    }

    /// <summary>
    /// The dataset at <paramref name="path"/>, read once, and whether it has a top-level
    /// <c>policy</c> property: a missing policy is filled with the defaults, which a merge must not
    /// send (a file of reps alone would otherwise reset the stored policy).
    /// </summary>
    public static Dataset Load(string path, out bool declaresPolicy)
    {
        // Read from bytes, unlike from a stream, neither the serializer nor the reader skips a UTF-8 byte order mark.
        var bytes = File.ReadAllBytes(path).AsSpan();
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var dataset = JsonSerializer.Deserialize<Dataset>(bytes, Options) ?? throw new JsonException("The dataset JSON is null.");
        declaresPolicy = DeclaresPolicy(bytes);
        return dataset;
    }

    private static bool DeclaresPolicy(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Property names match case-insensitively, as Load reads them (JsonSerializerDefaults.Web).
            if (string.Equals(reader.GetString(), "policy", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
