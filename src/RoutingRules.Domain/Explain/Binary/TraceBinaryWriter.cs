using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// Appends the primitives of <see cref="TraceBinary"/> to a growable buffer. Strings go through a
/// table (<see cref="TraceStringTable"/>): a text of <see cref="TraceStaticTable"/> is written as
/// the code of its entry, any other text in UTF-8 the first time in a trace and as a one- or
/// two-byte reference later (rule names, rep ids: the same instances over and over). The table is
/// keyed by reference, which costs no hashing of the text; equal texts that are distinct instances
/// and not static are merely written twice. One writer per thread is reused, so encoding a trace
/// allocates only its result.
/// </summary>
internal sealed class TraceBinaryWriter
{
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static TraceBinaryWriter? t_writer;

    private readonly TraceStringTable _strings = new();
    private byte[] _buffer = new byte[8 * 1024];
    private int _length;

    /// <summary>This thread's writer, emptied, writing the texts of <paramref name="vocabulary"/> as their numbers.</summary>
    public static TraceBinaryWriter Rent(TraceVocabulary? vocabulary = null)
    {
        var writer = t_writer ??= new TraceBinaryWriter();
        writer._length = 0;
        writer._strings.Begin(vocabulary ?? TraceVocabulary.Empty);
        return writer;
    }

    /// <summary>The bytes written; releases an unusually large buffer rather than keeping it for the thread's lifetime.</summary>
    public byte[] ToArray()
    {
        var result = _buffer.AsSpan(0, _length).ToArray();
        if (_buffer.Length > MaxKeptBuffer)
        {
            _buffer = new byte[8 * 1024];
        }

        return result;
    }

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void UInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>A signed integer, zigzag-encoded so small negative numbers stay short.</summary>
    public void Int(long value) => UInt((ulong)((value << 1) ^ (value >> 63)));

    public void Count(int count) => UInt((ulong)count);

    public void Double(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void Time(DateTimeOffset value)
    {
        Int(value.Ticks);
        Int((long)value.Offset.TotalMinutes);
    }

    public void String(string? value)
    {
        if (value is null)
        {
            UInt(TraceBinary.NullCode);
            return;
        }

        var code = _strings.Code(value);
        UInt((ulong)code);
        if (code == TraceBinary.TextCode)
        {
            Utf8(value);
        }
    }

    /// <summary>A fact's field: a text as <see cref="String"/> writes it, a number or a time as it is (its text is left to the reader).</summary>
    public void Value(FactValue value)
    {
        switch (value.Kind)
        {
            case FactValueKind.Integer:
                Ensure(11);
                _buffer[_length++] = TraceBinary.IntegerCode;
                Int(value.Integer);
                break;
            case FactValueKind.Score:
                Byte(TraceBinary.ScoreCode);
                Double(value.Score);
                break;
            case FactValueKind.Time:
                Byte(TraceBinary.TimeCode);
                Time(value.Time);
                break;
            default:
                String(value.Text);
                break;
        }
    }

    /// <summary>A text's UTF-8 bytes after their length, encoded in one pass.</summary>
    private void Utf8(string value)
    {
        // Nearly every string is ASCII: its UTF-8 length is its length, written up front, and one
        // vectorised copy writes the text. Room is made for the worst case so no text is encoded twice.
        var lengthAt = _length;
        Count(value.Length);
        var textAt = _length;
        Ensure(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
        if (Ascii.FromUtf16(value, _buffer.AsSpan(textAt), out var bytes) != OperationStatus.Done)
        {
            // The ASCII start is written; the rest follows it. A longer length moves the text first, then is written before it.
            bytes += Encoding.UTF8.GetBytes(value.AsSpan(bytes), _buffer.AsSpan(textAt + bytes));
            var movedTo = lengthAt + VarIntLength((ulong)bytes);
            if (movedTo != textAt)
            {
                _buffer.AsSpan(textAt, bytes).CopyTo(_buffer.AsSpan(movedTo));
            }

            _length = lengthAt;
            Count(bytes);
            textAt = movedTo;
        }

        _length = textAt + bytes;
    }

    private static int VarIntLength(ulong value) => BitOperations.Log2(value | 1) / 7 + 1;

    public void Strings(IReadOnlyList<string> values)
    {
        Count(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            String(values[i]);
        }
    }

    public void Ints(IReadOnlyList<int> values)
    {
        Count(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            Int(values[i]);
        }
    }

    public void Ints(ReadOnlySpan<int> values)
    {
        Count(values.Length);
        foreach (var value in values)
        {
            Int(value);
        }
    }

    /// <summary>A list's count, then each item; by index, as enumerating a list through its interface allocates an enumerator.</summary>
    public void List<T>(IReadOnlyList<T> items, Action<TraceBinaryWriter, T> write)
    {
        Count(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(this, items[i]);
        }
    }

    /// <summary>A presence byte for an optional record; true when the record follows.</summary>
    public bool Present(object? value)
    {
        Bool(value is not null);
        return value is not null;
    }

    /// <summary>A presence byte for an optional value (without boxing it); true when the value follows.</summary>
    public bool Present<T>(T? value)
        where T : struct
    {
        Bool(value.HasValue);
        return value.HasValue;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
