using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// Makes decision ids: version 7 UUIDs in the 32-digit form whose last twelve digits are the
/// decision's sequence, the decision log's row number. The log finds a decision by its id through
/// that number (<see cref="SequenceOf"/>), so it keeps no index on every row's id, which cost each
/// group commit two to three pages of its write-ahead log. The id stays a valid version 7 UUID:
/// the decision time in milliseconds, then 26 random bits, then the sequence in the 48 low bits of
/// the variant's field. It is unique because the sequence is, and sorts by time as before.
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> asks the kernel for random bytes on every
/// call, a system call on the single routing thread for each lead; this reads them from the same
/// secure generator a kilobyte at a time. Not thread-safe: the routing gate serialises its callers.
/// </summary>
public sealed class DecisionIds
{
    /// <summary>The largest sequence an id can carry (48 bits): decades of decisions at any rate a single log sustains.</summary>
    public const long MaxSequence = (1L << 48) - 1;

    private const int RandomBytesPerId = 4;
    private const int IdsPerRefill = 256;
    private const int SequenceDigits = 12;

    private readonly byte[] _random = new byte[RandomBytesPerId * IdsPerRefill];
    private int _next = RandomBytesPerId * IdsPerRefill;

    public string Next(DateTimeOffset decidedAt, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        if (_next == _random.Length)
        {
            RandomNumberGenerator.Fill(_random);
            _next = 0;
        }

        var random = _random.AsSpan(_next, RandomBytesPerId);
        _next += RandomBytesPerId;

        // RFC 9562 layout: 48-bit Unix time in ms, version 7, 12 random bits, variant 10, then 62
        // bits the RFC leaves to the implementation: 14 random bits and the 48-bit sequence.
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)decidedAt.ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteUInt64BigEndian(bytes, milliseconds << 16);
        bytes[6] = (byte)(0x70 | (random[0] & 0x0F));
        bytes[7] = random[1];
        bytes[8] = (byte)(0x80 | (random[2] & 0x3F));
        bytes[9] = random[3];
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) | (ulong)sequence);
        return new Guid(bytes, bigEndian: true).ToString("N");
    }

    /// <summary>
    /// The sequence an id made by <see cref="Next"/> carries; null for any other text. An id of
    /// another form may still read as a number, so a reader compares the row's id as well.
    /// </summary>
    public static long? SequenceOf(string id)
    {
        // 32 lowercase hexadecimal digits, version 7 (digit 12), variant 10 (digit 16 is 8 to b).
        if (id.Length != 32 || id[12] != '7' || id[16] is not ('8' or '9' or 'a' or 'b'))
        {
            return null;
        }

        var sequence = 0L;
        foreach (var digit in id.AsSpan(id.Length - SequenceDigits))
        {
            var value = digit switch
            {
                >= '0' and <= '9' => digit - '0',
                >= 'a' and <= 'f' => digit - 'a' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                return null;
            }

            sequence = (sequence << 4) | (uint)value;
        }

        return sequence;
    }
}
