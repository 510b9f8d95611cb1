namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// One decision to write with everything it changes. The counters of the new and (for a reroute)
/// the superseded assignee follow from the decisions and are derived by the log itself.
/// </summary>
public sealed class DecisionCommit(CommittedDecision decision, LiveStateChanges changes, CommittedDecision? superseded)
{
    private string? _traceJson;

    public CommittedDecision Decision { get; } = decision;
    public LiveStateChanges Changes { get; } = changes;
    public CommittedDecision? Superseded { get; } = superseded;

    /// <summary>
    /// The trace as stored (<see cref="Explain.TraceJson"/>), encoded once. The caller's pool thread
    /// encodes it (<see cref="EncodeTrace"/>) while the decision waits for its group commit, so the
    /// single commit thread mostly finds it ready; when it does not, it encodes it itself.
    /// </summary>
    public string TraceJson => Volatile.Read(ref _traceJson) ?? EncodeTrace();

    /// <summary>Encodes the trace unless done already; safe on any thread (a race encodes twice, keeps one).</summary>
    public string EncodeTrace() =>
        Volatile.Read(ref _traceJson)
        ?? Interlocked.CompareExchange(ref _traceJson, Explain.TraceJson.Serialize(Decision.Trace), null)
        ?? _traceJson!;
}
