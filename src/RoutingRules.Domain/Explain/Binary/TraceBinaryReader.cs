using System.Buffers.Binary;
using System.Text;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>Reads what <see cref="TraceBinaryWriter"/> wrote; any inconsistency is a <see cref="FormatException"/>.</summary>
internal ref struct TraceBinaryReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private readonly List<string> _strings = [];
    private int _position;

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
        switch (code)
        {
            case 0:
                return null;
            case 1:
                var length = Count();
                var value = Encoding.UTF8.GetString(_data.Slice(_position, length));
                _position += length;
                _strings.Add(value);
                return value;
            default:
                return code - 2 < (ulong)_strings.Count ? _strings[(int)(code - 2)] : throw Corrupt();
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
