namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// One decision to write with everything it changes. The counters of the new and (for a reroute)
/// the superseded assignee follow from the decisions and are derived by the log itself.
/// </summary>
public sealed class DecisionCommit(CommittedDecision decision, LiveStateChanges changes, CommittedDecision? superseded)
{
    private byte[]? _encodedTrace;

    public CommittedDecision Decision { get; } = decision;
    public LiveStateChanges Changes { get; } = changes;
    public CommittedDecision? Superseded { get; } = superseded;

    /// <summary>
    /// The trace as stored: its compact form (<see cref="Explain.Binary.TraceBinary"/>), encoded once. The
    /// caller's pool thread encodes it (<see cref="EncodeTrace"/>) while the decision waits for its
    /// group commit, so the single commit thread mostly finds it ready; otherwise it encodes it itself.
    /// </summary>
    public byte[] EncodedTrace => Volatile.Read(ref _encodedTrace) ?? EncodeTrace();

    /// <summary>Encodes the trace unless done already; safe on any thread (a race encodes twice, keeps one).</summary>
    public byte[] EncodeTrace() =>
        Volatile.Read(ref _encodedTrace)
        ?? Interlocked.CompareExchange(ref _encodedTrace, Explain.Binary.TraceBinary.Encode(Decision.Trace), null)
        ?? _encodedTrace!;
}
