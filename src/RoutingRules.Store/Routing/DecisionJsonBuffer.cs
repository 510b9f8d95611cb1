using System.Buffers;
using System.Text.Json;
using RoutingRules.Domain.Routing;

namespace RoutingRules.Store.Routing;

/// <summary>
/// The stored decision JSON as UTF-8 bytes in a buffer reused from one decision to the next, so
/// that the commit thread neither builds a string nor encodes it again for SQLite. Single-threaded:
/// the bytes stay valid until the next <see cref="Serialize"/>.
/// </summary>
internal sealed class DecisionJsonBuffer
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public DecisionJsonBuffer() => _writer = new Utf8JsonWriter(_buffer, DecisionJson.WriterOptions);

    /// <summary>The same text as <see cref="DecisionJson.Serialize(RoutingDecision)"/>, encoded as UTF-8.</summary>
    public ReadOnlySpan<byte> Serialize(RoutingDecision decision)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        DecisionJson.Serialize(decision, _writer);
        _writer.Flush();
        return _buffer.WrittenSpan;
    }
}
