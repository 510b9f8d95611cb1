namespace RoutingRules.Rules.Tests.Kit;

/// <summary>
/// Collects the names of the rules that fire in every lead the kit routes while the recording is
/// open. <see cref="RuleCoverageTests"/> opens one around the scenario tests it runs, so a rule
/// counts as covered as soon as some scenario test routes a lead that fires it.
/// </summary>
/// <remarks>
/// The open recording is held in an <see cref="AsyncLocal{T}"/>, not a static field: xUnit runs
/// test classes in parallel, and only the leads routed from the recording's own flow (its awaits
/// and the tasks it starts included) may count, never those of a test running beside it.
/// </remarks>
internal sealed class FiredRuleRecording : IDisposable
{
    private static readonly AsyncLocal<FiredRuleRecording?> Current = new();

    private readonly FiredRuleRecording? _outer;
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);

    private FiredRuleRecording(FiredRuleRecording? outer) => _outer = outer;

    /// <summary>True when a recording is open on the calling flow.</summary>
    public static bool IsOpen => Current.Value is not null;

    /// <summary>The rules fired so far, in no particular order.</summary>
    public IReadOnlySet<string> Fired
    {
        get
        {
            lock (_fired)
            {
                return _fired.ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Opens a recording on the calling flow until it is disposed; an enclosing recording keeps recording too.</summary>
    public static FiredRuleRecording Open()
    {
        var recording = new FiredRuleRecording(Current.Value);
        Current.Value = recording;
        return recording;
    }

    /// <summary>Adds fired rules to every recording open on the calling flow (none: does nothing).</summary>
    public static void Note(IEnumerable<string> firedRules)
    {
        for (var recording = Current.Value; recording is not null; recording = recording._outer)
        {
            // A scenario test may route from several threads at once (Parallel.For, Task.WhenAll).
            lock (recording._fired)
            {
                recording._fired.UnionWith(firedRules);
            }
        }
    }

    public void Dispose() => Current.Value = _outer;
}
