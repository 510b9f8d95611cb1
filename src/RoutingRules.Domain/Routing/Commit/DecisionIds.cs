using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Makes decision ids: version 7 UUIDs (the decision time in milliseconds, then random bits) in
/// the 32-digit form. <see cref="Guid.CreateVersion7(DateTimeOffset)"/> asks the kernel for random
/// bytes on every call, a system call on the single routing thread for each lead; this reads them
/// from the same secure generator a few kilobytes at a time. Not thread-safe: the routing gate
/// serialises its callers.
/// </summary>
internal sealed class DecisionIds
{
    private const int RandomBytesPerId = 10;
    private const int IdsPerRefill = 256;

    private readonly byte[] _random = new byte[RandomBytesPerId * IdsPerRefill];
    private int _next = RandomBytesPerId * IdsPerRefill;

    public string Next(DateTimeOffset decidedAt)
    {
        if (_next == _random.Length)
        {
            RandomNumberGenerator.Fill(_random);
            _next = 0;
        }

        var random = _random.AsSpan(_next, RandomBytesPerId);
        _next += RandomBytesPerId;

        // RFC 9562 layout: 48-bit Unix time in ms, version 7, 12 random bits, variant 10, 62 random bits.
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)decidedAt.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt64BigEndian(bytes, milliseconds << 16);
        bytes[6] = (byte)(0x70 | (random[0] & 0x0F));
        bytes[7] = random[1];
        bytes[8] = (byte)(0x80 | (random[2] & 0x3F));
        random[3..].CopyTo(bytes[9..]);
        return new Guid(bytes, bigEndian: true).ToString("N");
    }
}
