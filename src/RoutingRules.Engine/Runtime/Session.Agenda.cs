using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>
/// Turning matches into agenda changes. Every working-memory operation is one unit: a match that is
/// removed and re-formed within it (an update is a retract and a re-assert) keeps its activation,
/// and events report only the net change once the operation ends.
/// </summary>
internal sealed partial class Session
{
    private List<Activation> _touched;
    private List<Activation>? _spare;
    private List<Fact>? _linkedToRetract;
    private List<Activation>? _requeue;
    private Dictionary<int, List<Activation>>? _stashIndex;

    // The activations stashed in this operation while there are too few to index: the linear
    // search runs over them, not over every activation the operation touched (which, when one
    // fact forms hundreds of matches, made each match a search of all the others). Recycled with
    // the session's other lists.
    private readonly List<Activation> _stashList;
    private int _opDepth;
    private int _stashed;

    /// <summary>Below this many stashed activations a linear search beats hashing the token chains.</summary>
    private const int StashIndexThreshold = 16;

    public int OpId { get; private set; }

    public void OnMatch(TerminalNode terminal, Token token)
    {
        var activation = _stashed > 0 ? FindStashed(terminal, token) : null;
        if (activation != null)
        {
            activation.Flags &= ~ActivationFlags.Stashed;
            _stashed--;
            if (_stashIndex != null)
            {
                _stashIndex[KeyOf(terminal, token)].Remove(activation);
            }

            activation.Token = token;
            if (IsModified(token))
            {
                activation.Flags |= ActivationFlags.Modified;
            }
        }
        else
        {
            activation = Activation.Rent(_recycled, terminal, token);
            activation.Flags = ActivationFlags.New | ActivationFlags.Touched;
            _touched.Add(activation);
        }

        token.State = activation;
    }

    public void OnUnmatch(Token token)
    {
        var activation = (Activation)token.State!;
        activation.Flags |= ActivationFlags.Stashed;
        _stashed++;
        if ((activation.Flags & ActivationFlags.Touched) == 0)
        {
            activation.Flags |= ActivationFlags.Touched;
            _touched.Add(activation);
        }

        if (_stashIndex != null)
        {
            AddToIndex(activation);
        }
        else if (_stashed > StashIndexThreshold)
        {
            _stashIndex = [];
            foreach (var candidate in _stashList)
            {
                if ((candidate.Flags & ActivationFlags.Stashed) != 0)
                {
                    AddToIndex(candidate);
                }
            }

            AddToIndex(activation);
            _stashList.Clear();
        }
        else
        {
            _stashList.Add(activation);
        }
    }

    private void BeginOp()
    {
        if (_opDepth++ == 0)
        {
            OpId++;
        }
    }

    private void EndOp()
    {
        if (--_opDepth > 0 || _touched.Count == 0)
        {
            return;
        }

        var touched = _touched;
        _touched = _spare ?? [];
        _spare = null;
        _stashed = 0;
        _stashIndex = null;
        _stashList.Clear();
        foreach (var activation in touched)
        {
            Settle(activation);
        }

        touched.Clear();
        _spare = touched;
        if (_requeue is { Count: > 0 })
        {
            // Matches that fire again keep their original relative order.
            _requeue.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
            foreach (var activation in _requeue)
            {
                _agenda.Enqueue(activation);
            }

            _requeue.Clear();
        }

        RetractOrphanedLinks();
    }

    private void Settle(Activation activation)
    {
        var flags = activation.Flags;
        activation.Flags = flags & (ActivationFlags.Fired | ActivationFlags.Deleted);
        if ((flags & ActivationFlags.Stashed) != 0)
        {
            if ((flags & ActivationFlags.New) != 0)
            {
                return;
            }

            _agenda.Remove(activation);
            activation.Flags |= ActivationFlags.Deleted;
            Ev.RaiseActivationDeleted(this, activation);
            if (activation.Linked != null)
            {
                foreach (var linked in activation.Linked)
                {
                    if (linked != null)
                    {
                        (_linkedToRetract ??= []).Add(linked);
                    }
                }
            }

            return;
        }

        if ((flags & ActivationFlags.New) != 0)
        {
            _agenda.Enqueue(activation);
            Ev.RaiseActivationCreated(this, activation);
            return;
        }

        if ((flags & ActivationFlags.Modified) != 0)
        {
            if (activation.HeapIndex < 0 && (flags & ActivationFlags.Fired) != 0 &&
                activation.Terminal.Rule.Repeatability == RuleRepeatability.Repeatable)
            {
                activation.Flags &= ~ActivationFlags.Fired;
                (_requeue ??= []).Add(activation);
            }

            Ev.RaiseActivationUpdated(this, activation);
        }
    }

    private void RetractOrphanedLinks()
    {
        if (_linkedToRetract is not { Count: > 0 })
        {
            return;
        }

        var facts = _linkedToRetract.ToArray();
        _linkedToRetract.Clear();
        foreach (var fact in facts)
        {
            if (--fact.LinkCount == 0)
            {
                TryRetract(fact.Object);
            }
        }
    }
}
