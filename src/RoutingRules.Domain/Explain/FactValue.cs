using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// A field of a described fact: a text, or a number or time kept typed until someone reads its
/// text. The stored trace writes numbers and times as they are (<see cref="Binary.TraceBinary"/>),
/// so a decision never formats them; its reader formats them, into the very text
/// <see cref="ToText"/> gives.
/// </summary>
internal readonly struct FactValue
{
    private readonly string? _text;
    private readonly long _bits;
    private readonly short _offsetMinutes;

    private FactValue(FactValueKind kind, string? text, long bits, short offsetMinutes)
    {
        (Kind, _text, _bits, _offsetMinutes) = (kind, text, bits, offsetMinutes);
    }

    public FactValueKind Kind { get; }

    /// <summary>A text field without a value, which the description leaves out.</summary>
    public bool IsNull => Kind == FactValueKind.Text && _text is null;

    public string? Text => _text;

    public long Integer => _bits;

    public double Score => BitConverter.Int64BitsToDouble(_bits);

    public DateTimeOffset Time => new(_bits, TimeSpan.FromMinutes(_offsetMinutes));

    public static implicit operator FactValue(string? text) => new(FactValueKind.Text, text, 0, 0);

    public static FactValue OfInteger(long value) => new(FactValueKind.Integer, null, value, 0);

    /// <summary>A score, whose text has at most three decimals (<see cref="TraceNumbers.Score"/>).</summary>
    public static FactValue OfScore(double value) => new(FactValueKind.Score, null, BitConverter.DoubleToInt64Bits(value), 0);

    /// <summary>A time, whose text is its round-trip ("O") format.</summary>
    public static FactValue OfTime(DateTimeOffset value) =>
        new(FactValueKind.Time, null, value.Ticks, (short)value.Offset.TotalMinutes);

    public string? ToText() => Kind switch
    {
        FactValueKind.Integer => TraceNumbers.Integer(_bits),
        FactValueKind.Score => TraceNumbers.Score(Score),
        FactValueKind.Time => FormatTime(Time),
        _ => _text,
    };

    public static string FormatTime(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
