namespace RoutingRules.Engine.Tests.Sample;

/// <summary>What the sample rules decided, one line per decision.</summary>
public sealed class RoutingLog
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Write(string line) => _lines.Add(line);
}
