using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Enum names for the trace without <see cref="Enum.ToString()"/>'s boxing and lookup: every
/// decision writes dozens of them (segment, levels, kinds, statuses), always the same few strings.
/// The table is filled once by <see cref="Enum.ToString()"/> itself for the values 0 to the largest
/// defined one (at most <see cref="MaxTabled"/>), so the text is always what ToString gives; other
/// values still go through it.
/// </summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    /// <summary>Tables of flag enums would grow with the highest bit; past this they are not worth it.</summary>
    public const int MaxTabled = 64;

    private static readonly string[] Names = Build();

    public static string Of(T value)
    {
        var index = Index(value);
        return (uint)index < (uint)Names.Length ? Names[index] : value.ToString();
    }

    private static string[] Build()
    {
        var largest = -1;
        foreach (var value in Enum.GetValues<T>())
        {
            largest = Math.Max(largest, Index(value));
        }

        var names = new string[Math.Min(largest + 1, MaxTabled)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Unsafe.As<int, T>(ref i).ToString();
        }

        return names;
    }

    // Only four-byte enums are tabled (all of the domain's are int); -1 sends the others to ToString.
    private static int Index(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
}
