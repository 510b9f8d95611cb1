namespace RoutingRules.Server.Cli;

/// <summary>
/// The folder of a file a command writes (<c>--out</c>). No command makes folders, so that a
/// mistyped path leaves no new tree behind; a missing one is refused before any work or call.
/// </summary>
internal static class OutputFolder
{
    /// <summary>False, having said so on standard error, when the folder of <paramref name="file"/> does not exist.</summary>
    public static bool Exists(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is null || Directory.Exists(folder))
        {
            return true;
        }

        Console.Error.WriteLine($"error: the folder {folder} does not exist; create it first or choose another file.");
        return false;
    }
}
