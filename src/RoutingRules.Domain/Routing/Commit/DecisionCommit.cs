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
/// <param name="vocabulary">The decision log's vocabulary, which the trace is encoded with (see <see cref="IDecisionLog.Vocabulary"/>).</param>
public sealed class DecisionCommit(
    CommittedDecision decision, LiveStateChanges changes, CommittedDecision? superseded, RoutingTrace? trace = null, Explain.Binary.TraceVocabulary? vocabulary = null)
{
    private const int NotEncoded = 0;
    private const int Encoding = 1;

    private RoutingTrace? _trace = trace ?? decision.Trace;
    private byte[]? _encodedTrace;
    private int _encoding;

    public CommittedDecision Decision { get; } = decision;
    public LiveStateChanges Changes { get; } = changes;
    public CommittedDecision? Superseded { get; } = superseded;

    /// <summary>
    /// The trace as stored: its compact form (<see cref="Explain.Binary.TraceBinary"/>), encoded once. The
    /// caller's pool thread encodes it (<see cref="EncodeTraceUnlessTaken"/>) while the decision waits for its
    /// group commit, so the single commit thread mostly finds it ready; otherwise it encodes it itself, or,
    /// when a pool thread is at it, waits for that encoding instead of making a second one.
    /// </summary>
    public byte[] EncodedTrace => Volatile.Read(ref _encodedTrace) ?? EncodeTrace();

    /// <summary>Encodes the trace unless done already, waiting for a thread that is at it; safe on any thread.</summary>
    public byte[] EncodeTrace()
    {
        if (EncodeTraceUnlessTaken() is { } encoded)
        {
            return encoded;
        }

        var wait = new SpinWait();
        while (Volatile.Read(ref _encodedTrace) is null)
        {
            wait.SpinOnce();
        }

        return _encodedTrace!;
    }

    /// <summary>
    /// Encodes the trace and lets it go, unless another thread has started (or finished) that
    /// already: then returns at once, with the encoding if it is done, otherwise null.
    /// </summary>
    public byte[]? EncodeTraceUnlessTaken()
    {
        if (Interlocked.CompareExchange(ref _encoding, Encoding, NotEncoded) != NotEncoded)
        {
            return Volatile.Read(ref _encodedTrace);
        }

        // Published before the trace is let go: a thread that finds the encoding finds it whole.
        var encoded = Explain.Binary.TraceBinary.Encode(_trace!, vocabulary);
        Volatile.Write(ref _encodedTrace, encoded);
        _trace = null;
        return encoded;
    }
}
