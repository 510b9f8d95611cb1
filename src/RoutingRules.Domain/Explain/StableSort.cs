namespace RoutingRules.Domain.Explain;

/// <summary>
/// Sorts the few items of a trace section by an integer key, keeping the order of equal keys (as
/// <c>OrderBy</c> does, and <see cref="Array.Sort{T}(T[])"/> does not). Sections hold a handful of
/// items, usually already in order, where an insertion sort does little more than one pass.
/// </summary>
internal static class StableSort
{
    public static void By<T>(Span<T> items, Func<T, int> key)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var itemKey = key(item);
            var j = i - 1;
            while (j >= 0 && key(items[j]) > itemKey)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }
}
