namespace RoutingRules.Domain.Routing.Facts;

/// <summary>
/// Texts that facts write only when first read: rules run for every lead, and most of what they
/// would format (reasons, figures) is read only when a trace is stored or rendered, off the
/// routing thread.
/// </summary>
internal static class DeferredText
{
    /// <summary>
    /// <paramref name="text"/>, written by <paramref name="describe"/> on the first read. Two readers
    /// may both describe: the text is the same, and either copy will do.
    /// </summary>
    public static string Read(ref string? text, Func<string>? describe)
    {
        if (Volatile.Read(ref text) is { } written)
        {
            return written;
        }

        written = describe!();
        Volatile.Write(ref text, written);
        return written;
    }
}
