using System.Globalization;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Numbers as the trace writes them (invariant culture). Ranks, counts and cursor positions are
/// small and repeat in every decision, so their text is made once; a whole score ("1") takes the
/// same table instead of a custom format.
/// </summary>
internal static class TraceNumbers
{
    /// <summary>Numbers below this come from the table.</summary>
    public const int Tabled = 256;

    private static readonly string[] Small = BuildSmall();

    public static string Integer(long value) =>
        (ulong)value < Tabled ? Small[value] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A score with at most three decimals, as <c>0.###</c> formats it.</summary>
    public static string Score(double value)
    {
        // Exact whole numbers format as their integer; -0 (which formats as "-0") is left to the format.
        if (value >= 0 && value < Tabled && value == Math.Floor(value) && !double.IsNegative(value))
        {
            return Small[(int)value];
        }

        return value.ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static string[] BuildSmall()
    {
        var small = new string[Tabled];
        for (var i = 0; i < small.Length; i++)
        {
            small[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return small;
    }
}
