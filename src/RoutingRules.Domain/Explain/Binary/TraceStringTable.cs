using System.Runtime.CompilerServices;

namespace RoutingRules.Domain.Explain.Binary;

/// <summary>
/// The writer's strings: each string instance it has met mapped, by identity, to the code that
/// stands for it. The table outlives a trace: a static text (<see cref="TraceStaticTable"/>)
/// keeps its code, and any other string its place, with the trace it was last numbered in. Most
/// strings of a trace (field keys, enum names, rule names, rep ids) are the instances of the
/// previous trace, so one lookup by identity tells what to write, and only an instance never met
/// is looked up by value in the static table, then in the vocabulary. Kept for up to
/// <see cref="MaxKept"/> strings, then emptied, so the strings of past leads are not held for
/// long: emptying costs a few bytes of clearing for each string a trace adds. Emptied too when a
/// trace comes with another vocabulary than the previous one (another decision log), whose
/// numbers the codes kept do not hold for.
/// </summary>
internal sealed class TraceStringTable
{
    // Emptied when a trace starts with more strings than this, a quarter of the slots: the table
    // grows (at half full) only for a trace with hundreds of new strings, as it never is half full at the start.
    private const int MaxKept = 512;
    private const int InitialSlots = 4 * MaxKept;

    // The trace a static or vocabulary text's code belongs to: all of them (with that vocabulary).
    private const int Static = -1;

    // One slot is one array element, so that a probe reads one cache line; the table is 32 KB, about
    // a first-level cache (a larger one, kept longer, measured slower).
    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;
    private int _trace;
    private int _texts;
    private TraceVocabulary _vocabulary = TraceVocabulary.Empty;

    /// <summary>
    /// Starts a trace written with <paramref name="vocabulary"/>: the strings met before are kept,
    /// but none of them is a text of this trace yet.
    /// </summary>
    public void Begin(TraceVocabulary vocabulary)
    {
        _texts = 0;
        if (_count > MaxKept || _trace == int.MaxValue || !ReferenceEquals(vocabulary, _vocabulary))
        {
            _vocabulary = vocabulary;
            if (_slots.Length == InitialSlots)
            {
                Array.Clear(_slots);
            }
            else
            {
                // An unusually large trace made the table grow: it is not kept for the thread's lifetime.
                _slots = new Slot[InitialSlots];
            }

            (_count, _trace) = (0, 0);
        }

        _trace++;
    }

    /// <summary>
    /// The code that stands for <paramref name="value"/> in this trace, or <see cref="TraceBinary.TextCode"/>
    /// when it is to be written in full (it is then numbered, and referred to by its code afterwards).
    /// </summary>
    public int Code(string value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var index = RuntimeHelpers.GetHashCode(value) & mask;
        for (; slots[index].Key is { } key; index = (index + 1) & mask)
        {
            if (ReferenceEquals(key, value))
            {
                ref var slot = ref slots[index];
                if (slot.Trace == _trace || slot.Trace == Static)
                {
                    return slot.Code;
                }

                (slot.Code, slot.Trace) = (TraceBinary.TextReference(_texts++), _trace);
                return TraceBinary.TextCode;
            }
        }

        var known = TraceStaticTable.IndexOf(value);
        var shared = known >= 0 ? TraceBinary.StaticReference(known)
            : _vocabulary.TryGetCode(value, out var number) ? TraceBinary.VocabularyReference(number)
            : -1;
        slots[index] = shared >= 0
            ? new Slot(value, shared, Static)
            : new Slot(value, TraceBinary.TextReference(_texts++), _trace);
        if (++_count * 2 > slots.Length)
        {
            Grow();
        }

        return shared >= 0 ? shared : TraceBinary.TextCode;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key is { } key)
            {
                var index = RuntimeHelpers.GetHashCode(key) & mask;
                while (_slots[index].Key is not null)
                {
                    index = (index + 1) & mask;
                }

                _slots[index] = slot;
            }
        }
    }

    private record struct Slot(string? Key, int Code, int Trace);
}
