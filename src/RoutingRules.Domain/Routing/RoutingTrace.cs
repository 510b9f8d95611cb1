namespace RoutingRules.Domain.Routing;

/// <summary>
/// How a decision was reached, captured from engine events while the rules fire. Stored with the
/// committed decision (serialised with System.Text.Json) and rendered by ExplainRoute.
/// </summary>
public sealed record RoutingTrace
{
    /// <summary>Names of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> FiredRules { get; init; } = [];

    private IReadOnlyList<string> _claims = [];
    private string? _distribution;

    // The session's claims and distribution choice, described on first read (storing or rendering), off the routing path.
    private SessionFacts? _undescribed;

    public RoutingTrace()
    {
    }

    /// <summary>A trace whose <see cref="Claims"/> and <see cref="Distribution"/> are described from <paramref name="undescribed"/> when first read.</summary>
    internal RoutingTrace(SessionFacts undescribed) => _undescribed = undescribed;

    /// <summary>Every owner claim the account levels made (the winner is the decision's level).</summary>
    public IReadOnlyList<string> Claims
    {
        get
        {
            Describe();
            return _claims;
        }

        init => _claims = value;
    }

    /// <summary>Territory candidates excluded, with the measured value and the limit.</summary>
    public IReadOnlyList<TraceExclusion> Exclusions { get; init; } = [];

    /// <summary>The figures the distribution strategy compared, when one ran.</summary>
    public string? Distribution
    {
        get
        {
            Describe();
            return _distribution;
        }

        init => _distribution = value;
    }

    private Explain.TraceDetails? _details;
    private Func<Explain.TraceDetails>? _deferredDetails;

    /// <summary>The structured trace (facts, firings, claims, candidates, distribution, SLA); null in traces stored before it existed.</summary>
    public Explain.TraceDetails? Details
    {
        get
        {
            // Captured while routing, assembled on first read (storing or rendering), off the routing path.
            if (_details is null && _deferredDetails is { } assemble)
            {
                Interlocked.CompareExchange(ref _details, assemble(), null);
            }

            return _details;
        }

        init => _details = value;
    }

    private void Describe()
    {
        if (Volatile.Read(ref _undescribed) is not { } facts)
        {
            return;
        }

        // Readers on two threads (the encoder and a caller) describe once; the text is the same either way.
        lock (facts)
        {
            if (_undescribed is null)
            {
                return;
            }

            var claims = new string[facts.Claims.Count];
            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = facts.Claims[i].ToString();
            }

            _claims = claims;
            _distribution = facts.Distribution?.ToString();
            Volatile.Write(ref _undescribed, null);
        }
    }

    /// <summary>This trace with details assembled by <paramref name="assemble"/> when first read.</summary>
    internal RoutingTrace WithDeferredDetails(Func<Explain.TraceDetails> assemble) => this with { _details = null, _deferredDetails = assemble };
}
