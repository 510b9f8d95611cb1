using System.Buffers.Binary;
using System.Text;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>Reads what <see cref="TraceBinaryWriter"/> wrote; any inconsistency is a <see cref="FormatException"/>.</summary>
/// <param name="data">The bytes after the format's version byte.</param>
/// <param name="version">
/// The format they are in: format 5 has format 4's references plus the fields it added (read
/// by <see cref="Version"/>), format 4 interleaves references to earlier texts, to the static
/// table and to the vocabulary, format 3 the first two, format 2 has only the first, format 1 has
/// no typed values either, and its references start at 2.
/// </param>
/// <param name="vocabulary">The log's vocabulary, for format 4's references to it.</param>
internal ref struct TraceBinaryReader(ReadOnlySpan<byte> data, byte version, TraceVocabulary vocabulary)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private readonly List<string> _strings = [];
    private readonly ulong _firstReference = version == 1 ? TraceBinary.TextCode + 1u : TraceBinary.FirstReferenceCode;
    // How many tables the references interleave: the trace's texts, then the static table, then the vocabulary.
    private readonly ulong _tables = version switch
    {
        >= 4 => TraceBinary.ReferenceTables,
        3 => 2,
        _ => 1,
    };

    private readonly TraceVocabulary _vocabulary = vocabulary;
    private readonly byte _version = version;
    private int _position;

    /// <summary>The format being read, for the fields later formats added.</summary>
    public readonly byte Version => _version;

    /// <summary>A reader of <paramref name="version"/> (by default the current format) without a vocabulary.</summary>
    public TraceBinaryReader(ReadOnlySpan<byte> data, byte version = TraceBinary.FormatVersion)
        : this(data, version, TraceVocabulary.Empty)
    {
    }

    public readonly bool AtEnd => _position == _data.Length;

    public byte Byte()
    {
        if (_position >= _data.Length)
        {
            throw Corrupt();
        }

        return _data[_position++];
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw Corrupt(),
    };

    public ulong UInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = Byte();
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw Corrupt();
    }

    public long Int()
    {
        var raw = UInt();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int Int32() => checked((int)Int());

    /// <summary>A list length; never more than the bytes left, so a corrupt count cannot allocate wildly.</summary>
    public int Count()
    {
        var count = UInt();
        return count <= (ulong)(_data.Length - _position) ? (int)count : throw Corrupt();
    }

    public double Double()
    {
        if (_position + 8 > _data.Length)
        {
            throw Corrupt();
        }

        var value = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public DateTimeOffset Time()
    {
        var ticks = Int();
        var offset = Int();
        try
        {
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset));
        }
        catch (ArgumentException)
        {
            throw Corrupt();
        }
    }

    public string? NullableString()
    {
        var code = UInt();
        if (code >= _firstReference)
        {
            var distance = code - _firstReference;
            var index = distance / _tables;
            return (distance % _tables) switch
            {
                0 => index < (ulong)_strings.Count ? _strings[(int)index] : throw Corrupt(),
                1 => TraceStaticTable.At(index),
                _ => _vocabulary.At(index) ?? throw new FormatException(
                    $"The stored trace names text {index} of its decision log's vocabulary, which has {_vocabulary.Count}."),
            };
        }

        switch (code)
        {
            case TraceBinary.NullCode:
                return null;
            case TraceBinary.TextCode:
                var length = Count();
                var value = Encoding.UTF8.GetString(_data.Slice(_position, length));
                _position += length;
                _strings.Add(value);
                return value;
            // The texts FactValue gives for the values the writer kept typed; they are not in the table, as the writer did not add them.
            case TraceBinary.IntegerCode:
                return TraceNumbers.Integer(Int());
            case TraceBinary.ScoreCode:
                return TraceNumbers.Score(Double());
            default:
                return FactValue.FormatTime(Time());
        }
    }

    // Lenient on purpose: a missing text is better read as empty than lose the whole trace.
    public string String() => NullableString() ?? string.Empty;

    public List<string> Strings()
    {
        var count = Count();
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(String());
        }

        return values;
    }

    public int[] Ints()
    {
        var values = new int[Count()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Int32();
        }

        return values;
    }

    public List<T> List<T>(ReadItem<T> read)
    {
        var count = Count();
        var values = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(read(ref this));
        }

        return values;
    }

    public static FormatException Corrupt() => new("The stored trace is truncated or corrupt.");
}

/// <summary>Reads one item of a list.</summary>
internal delegate T ReadItem<T>(ref TraceBinaryReader reader);
