namespace RoutingRules.Server.Hosting;

/// <summary>Finds samples/demo-dataset.json: copied beside the binary by the build, or in the repository when run from source.</summary>
internal static class DemoDataset
{
    internal const string RelativePath = "samples/demo-dataset.json";

    public static string? Locate(string? configured, string contentRoot)
    {
        if (configured is not null)
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var root in new[] { AppContext.BaseDirectory, contentRoot, Directory.GetCurrentDirectory() })
        {
            var candidate = Path.Combine(root, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
