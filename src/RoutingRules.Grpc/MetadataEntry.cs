using System.Text;

namespace RoutingRules.Grpc;

/// <summary>One metadata key and value. Keys ending in <c>-bin</c> carry bytes, others ASCII text.</summary>
public sealed class MetadataEntry
{
    private readonly string? _value;
    private readonly byte[]? _bytes;

    internal MetadataEntry(string key, string value)
    {
        Key = key;
        _value = value;
    }

    internal MetadataEntry(string key, byte[] bytes)
    {
        Key = key;
        _bytes = bytes;
    }

    /// <summary>The lower-case key.</summary>
    public string Key { get; }

    /// <summary>True when the key ends in <c>-bin</c>.</summary>
    public bool IsBinary => _bytes is not null;

    /// <summary>The text value; for a binary entry, its bytes read as UTF-8.</summary>
    public string Value => _value ?? Encoding.UTF8.GetString(_bytes!);

    /// <summary>The binary value; for a text entry, its ASCII bytes.</summary>
    public byte[] ValueBytes => _bytes ?? Encoding.ASCII.GetBytes(_value!);

    /// <inheritdoc />
    public override string ToString() => IsBinary ? $"{Key}: {Convert.ToBase64String(_bytes!)}" : $"{Key}: {_value}";
}
