namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// One decision to write with everything it changes. The counters of the new and (for a reroute)
/// the superseded assignee follow from the decisions and are derived by the log itself.
/// </summary>
/// <param name="decision">The decision to store.</param>
/// <param name="changes">Its cursor, sighting and created-account changes.</param>
/// <param name="superseded">The decision it replaces (a reroute), if any.</param>
/// <param name="trace">
/// The trace to store when <paramref name="decision"/> does not carry it. A fresh trace holds
/// every fact of its session until it is encoded: the router passes it here, beside a decision
/// without it, so those facts can be collected as soon as the trace is encoded instead of
/// surviving, with the decision, the group commit's sync and the caller's answer.
/// </param>
public sealed class DecisionCommit(CommittedDecision decision, LiveStateChanges changes, CommittedDecision? superseded, RoutingTrace? trace = null)
{
    private RoutingTrace? _trace = trace ?? decision.Trace;
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

    /// <summary>Encodes the trace unless done already, then lets it go; safe on any thread (a race encodes twice, keeps one).</summary>
    public byte[] EncodeTrace()
    {
        if (Volatile.Read(ref _encodedTrace) is { } encoded)
        {
            return encoded;
        }

        // The encoding is published before the trace is let go, so a thread that finds no trace finds the encoding.
        if (Volatile.Read(ref _trace) is not { } trace)
        {
            return Volatile.Read(ref _encodedTrace)!;
        }

        encoded = Interlocked.CompareExchange(ref _encodedTrace, Explain.Binary.TraceBinary.Encode(trace), null) ?? _encodedTrace!;
        Volatile.Write(ref _trace, null);
        return encoded;
    }
}
