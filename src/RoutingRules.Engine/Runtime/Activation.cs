using RoutingRules.Engine.Rete;

namespace RoutingRules.Engine.Runtime;

/// <summary>
/// A full match of a rule on the agenda (or fired). Survives updates of its match. A disposed
/// session hands its activations to its thread's <see cref="RecycledItems"/> for the next session.
/// </summary>
internal sealed class Activation : OwnedItem, IMatch
{
    private IReadOnlyList<IFactMatch>? _facts;
    private Token? _factsToken;

    // Fields, not properties: only Rent and Recycle write Terminal.
    public TerminalNode Terminal = null!;
    public Token Token = null!;
    public long Sequence;
    public int HeapIndex = -1;
    public ActivationFlags Flags;
    public Fact?[]? Linked;

    /// <summary>The arguments of this activation's events; kept when recycled, since they name only this object.</summary>
    public AgendaEventArgs? EventArgs;

    public static Activation Rent(RecycledItems recycled, TerminalNode terminal, Token token)
    {
        var activation = recycled.Activation();
        activation.Terminal = terminal;
        activation.Token = token;
        return activation;
    }

    /// <summary>Forgets the match (not its place among the recycled items); its session is done with it.</summary>
    public override void Clear()
    {
        _facts = null;
        _factsToken = null;
        Terminal = null!;
        Token = null!;
        Sequence = 0;
        HeapIndex = -1;
        Flags = ActivationFlags.None;
        Linked = null;
    }

    public int Priority => Terminal.Rule.Priority;

    public IRuleDefinition Rule => Terminal.Rule;

    public IReadOnlyList<IFactMatch> Facts
    {
        get
        {
            if (_facts is null || !ReferenceEquals(_factsToken, Token))
            {
                var facts = new IFactMatch[Terminal.Positions.Length];
                for (var i = 0; i < facts.Length; i++)
                {
                    var position = Terminal.Positions[i];
                    facts[i] = new FactMatch(position, ValueAt(position));
                }

                _facts = facts;
                _factsToken = Token;
            }

            return _facts;
        }
    }

    public object?[] Values()
    {
        var positions = Terminal.Positions;
        var values = new object?[positions.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ValueAt(positions[i]);
        }

        return values;
    }

    public override string ToString() => Rule.Name;

    private object? ValueAt(FactPosition position)
    {
        var t = Token;
        for (var h = 0; h < position.Hops; h++)
        {
            t = t.Parent!;
        }

        return t.Fact?.Object;
    }

    /// <summary>The value matched at a position; name and type are read from the position (one field less per match).</summary>
    private sealed class FactMatch(FactPosition position, object? value) : IFactMatch
    {
        public string Name => position.Declaration.Name;

        public Type Type => position.Declaration.Type;

        public object? Value { get; } = value;

        public override string ToString() => $"{Name} = {Value}";
    }
}
