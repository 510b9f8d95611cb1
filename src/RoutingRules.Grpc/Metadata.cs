using System.Collections;

namespace RoutingRules.Grpc;

/// <summary>
/// Custom call metadata (HTTP/2 headers or trailers). Keys are case-insensitive and stored lower
/// case; reserved names (<c>grpc-*</c>, <c>content-type</c>, <c>te</c>, connection-level headers)
/// are never exposed to handlers and are dropped when written.
/// </summary>
public sealed class Metadata : IReadOnlyList<MetadataEntry>
{
    private readonly List<MetadataEntry> _entries = [];

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public MetadataEntry this[int index] => _entries[index];

    /// <summary>Adds a text entry; the key must not end in <c>-bin</c> and the value must be printable ASCII.</summary>
    /// <exception cref="ArgumentException">The key or value is not valid gRPC metadata.</exception>
    public Metadata Add(string key, string value)
    {
        var normalized = NormalizeKey(key);
        if (MetadataCodec.IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Metadata key '{key}' ends in -bin and needs a byte[] value.", nameof(key));
        }

        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                throw new ArgumentException($"Metadata value for '{key}' must be printable ASCII.", nameof(value));
            }
        }

        _entries.Add(new MetadataEntry(normalized, value));
        return this;
    }

    /// <summary>Adds a binary entry; the key must end in <c>-bin</c>.</summary>
    /// <exception cref="ArgumentException">The key is not a valid binary metadata key.</exception>
    public Metadata Add(string key, byte[] value)
    {
        var normalized = NormalizeKey(key);
        if (!MetadataCodec.IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Binary metadata key '{key}' must end in -bin.", nameof(key));
        }

        ArgumentNullException.ThrowIfNull(value);
        _entries.Add(new MetadataEntry(normalized, value));
        return this;
    }

    /// <summary>The first entry with this key, or null.</summary>
    public MetadataEntry? Get(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The text value of the first entry with this key, or null.</summary>
    public string? GetValue(string key) => Get(key)?.Value;

    /// <summary>The binary value of the first entry with this key, or null.</summary>
    public byte[]? GetValueBytes(string key) => Get(key)?.ValueBytes;

    /// <summary>Removes every entry with this key; returns whether any was removed.</summary>
    public bool Remove(string key) =>
        _entries.RemoveAll(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)) > 0;

    /// <inheritdoc />
    public IEnumerator<MetadataEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void AddTrusted(MetadataEntry entry) => _entries.Add(entry);

    private static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        foreach (var c in key)
        {
            var valid = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!valid)
            {
                throw new ArgumentException($"Metadata key '{key}' contains an invalid character.", nameof(key));
            }
        }

        return key.ToLowerInvariant();
    }
}
