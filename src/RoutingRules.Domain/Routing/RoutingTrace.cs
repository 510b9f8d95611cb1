namespace RoutingRules.Domain.Routing;

/// <summary>
/// How a decision was reached, captured from engine events while the rules fire. Stored with the
/// committed decision (serialised with System.Text.Json) and rendered by ExplainRoute.
/// </summary>
public sealed record RoutingTrace
{
    /// <summary>Names of the rules that fired, in firing order.</summary>
    public IReadOnlyList<string> FiredRules { get; init; } = [];

    /// <summary>Every owner claim the account levels made (the winner is the decision's level).</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Territory candidates excluded, with the measured value and the limit.</summary>
    public IReadOnlyList<TraceExclusion> Exclusions { get; init; } = [];

    /// <summary>The figures the distribution strategy compared, when one ran.</summary>
    public string? Distribution { get; init; }

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

    /// <summary>This trace with details assembled by <paramref name="assemble"/> when first read.</summary>
    internal RoutingTrace WithDeferredDetails(Func<Explain.TraceDetails> assemble) => this with { _details = null, _deferredDetails = assemble };
}
