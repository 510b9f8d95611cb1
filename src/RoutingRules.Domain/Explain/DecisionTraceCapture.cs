using System.Runtime.InteropServices;
using RoutingRules.Domain.Routing;
using RoutingRules.Domain.Routing.Facts;
using RoutingRules.Engine;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Listens to one session's events: which rule fired with which facts, and which firing inserted
/// (or retracted) which fact. <see cref="Build"/> turns that record into <see cref="TraceDetails"/>.
/// Only references are kept while the rules fire; facts are described once, at the end.
/// </summary>
public sealed class DecisionTraceCapture
{
    // A lead's session fires 10 to 20 rules: one array, seldom grown.
    private readonly List<(string Rule, object?[] Matched)> _firings = new(24);
    private readonly IReadOnlyList<object> _inputs;

    // Inputs come in the list, not as insertions: an insertion outside a firing is one the caller lists.
    private readonly bool _inputsListed;

    // What the rules inserted, in order; the inputs stay in their own list rather than being copied
    // here for every lead (readers take the inputs, then these).
    private readonly List<(object Fact, int Firing)> _added = new(24);
    private HashSet<object>? _retracted;
    private string[]? _firedRules;
    private int _current = -1;

    /// <summary>Subscribes to <paramref name="events"/>; subscribe before the facts are inserted.</summary>
    public DecisionTraceCapture(IEventProvider events)
        : this(events, [])
    {
        _inputsListed = false;
    }

    /// <summary>
    /// Subscribes to <paramref name="events"/> after <paramref name="inputs"/> were inserted and
    /// before the rules fire: the inputs are recorded as such, without an engine event each.
    /// The list is read when the trace is assembled and must not change afterwards. A caller that
    /// replaces inputs between two <c>Fire</c>s (a lead completed from its account) edits the list
    /// to match: facts inserted outside a firing are not recorded again.
    /// </summary>
    public DecisionTraceCapture(IEventProvider events, IReadOnlyList<object> inputs)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs;
        _inputsListed = true;
        events.RuleFiringEvent += OnRuleFiring;
        events.RuleFiredEvent += OnRuleFired;
        events.FactInsertedEvent += OnFactInserted;
        events.FactRetractedEvent += OnFactRetracted;
    }

    /// <summary>Builds the structured trace of the finished session.</summary>
    /// <param name="ruleSetVersion">The decision's rule-set version.</param>
    /// <param name="draft">The decision the rules composed, or null when none did.</param>
    public TraceDetails Build(string ruleSetVersion, DecisionDraft? draft)
    {
        using var assembler = new TraceAssembler(this, draft);
        return assembler.Assemble(ruleSetVersion);
    }

    /// <summary><paramref name="trace"/> with its details assembled from this capture when first read (storing or rendering).</summary>
    public RoutingTrace Attach(RoutingTrace trace, string ruleSetVersion, DecisionDraft? draft)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return trace.WithDeferredDetails(() => Build(ruleSetVersion, draft));
    }

    // Spans rather than interfaces: the assembler walks every firing and inserted fact of each decision.
    internal ReadOnlySpan<(string Rule, object?[] Matched)> Firings => CollectionsMarshal.AsSpan(_firings);

    /// <summary>Names of the rules fired so far, in firing order.</summary>
    /// <remarks>Read once the session has fired (the trace summary, then the stored trace): built then, and again only if more rules fired.</remarks>
    public IReadOnlyList<string> FiredRules
    {
        get
        {
            if (_firedRules is not { } names || names.Length != _firings.Count)
            {
                names = new string[_firings.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = _firings[i].Rule;
                }

                _firedRules = names;
            }

            return names;
        }
    }

    /// <summary>The facts inserted before the rules fired (the session's inputs), in order.</summary>
    internal IReadOnlyList<object> Inputs => _inputs;

    /// <summary>Every fact a firing inserted, in order, with its firing's number.</summary>
    internal ReadOnlySpan<(object Fact, int Firing)> Added => CollectionsMarshal.AsSpan(_added);

    /// <summary>
    /// Where each firing's insertions start and end in <see cref="Added"/>. A firing's number is
    /// recorded only while its action runs, so its insertions are one run: a slice per firing, found
    /// in one pass when the trace is assembled rather than recorded while the rules fire.
    /// </summary>
    internal (int Start, int End)[] InsertRuns()
    {
        var runs = new (int Start, int End)[_firings.Count];
        var added = Added;
        for (var i = 0; i < added.Length; i++)
        {
            if (added[i].Firing is var firing and >= 0)
            {
                runs[firing] = (runs[firing].End == 0 ? i : runs[firing].Start, i + 1);
            }
        }

        return runs;
    }

    internal bool IsRetracted(object fact) => _retracted?.Contains(fact) == true;

    private void OnRuleFiring(object? sender, AgendaEventArgs args)
    {
        // The values only: building a fact match per value would be thrown away at once.
        _firings.Add((args.Rule.Name, args.Match.Values()));
        _current = _firings.Count - 1;
    }

    private void OnRuleFired(object? sender, AgendaEventArgs args) => _current = -1;

    private void OnFactInserted(object? sender, FactEventArgs args)
    {
        if (_current >= 0 || !_inputsListed)
        {
            _added.Add((args.Fact, _current));
        }
    }

    // Routing seldom retracts: the set is made by the first retraction.
    private void OnFactRetracted(object? sender, FactEventArgs args) => (_retracted ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(args.Fact);
}
