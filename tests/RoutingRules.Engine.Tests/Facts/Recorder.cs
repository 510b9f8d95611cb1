namespace RoutingRules.Engine.Tests.Facts;

/// <summary>Collects what rule actions did, in order, so tests can assert on firings.</summary>
public sealed class Recorder
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Add(string entry) => _entries.Add(entry);

    public int Count(string prefix) => _entries.Count(e => e.StartsWith(prefix, StringComparison.Ordinal));
}
