namespace RoutingRules.Engine.Runtime;

/// <summary>
/// Pending activations as a binary heap: higher priority first, then the earlier activation.
/// Each activation knows its heap index, so a deleted match leaves the agenda in O(log n).
/// </summary>
internal sealed class Agenda
{
    private Activation[] _heap = [];
    private long _sequence;

    public int Count { get; private set; }

    public void Enqueue(Activation activation)
    {
        activation.Sequence = ++_sequence;
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, Math.Max(8, Count * 2));
        }

        _heap[Count] = activation;
        activation.HeapIndex = Count;
        Count++;
        Up(activation.HeapIndex);
    }

    /// <summary>Empties the agenda for the next session, keeping its heap array unless it grew large.</summary>
    public void Clear()
    {
        if (_heap.Length > 1024)
        {
            _heap = [];
        }
        else
        {
            Array.Clear(_heap, 0, Count);
        }

        Count = 0;
        _sequence = 0;
    }

    /// <summary>The activation <see cref="Pop"/> would return, left on the agenda.</summary>
    public Activation Peek() => _heap[0];

    public Activation Pop()
    {
        var top = _heap[0];
        RemoveAt(0);
        return top;
    }

    public void Remove(Activation activation)
    {
        if (activation.HeapIndex >= 0)
        {
            RemoveAt(activation.HeapIndex);
        }
    }

    private void RemoveAt(int index)
    {
        var removed = _heap[index];
        removed.HeapIndex = -1;
        Count--;
        if (index == Count)
        {
            _heap[Count] = null!;
            return;
        }

        var last = _heap[Count];
        _heap[Count] = null!;
        _heap[index] = last;
        last.HeapIndex = index;
        Up(index);
        Down(last.HeapIndex);
    }

    private static bool Before(Activation a, Activation b) =>
        a.Priority > b.Priority || (a.Priority == b.Priority && a.Sequence < b.Sequence);

    private void Up(int index)
    {
        var item = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!Before(item, _heap[parent]))
            {
                break;
            }

            Place(_heap[parent], index);
            index = parent;
        }

        Place(item, index);
    }

    private void Down(int index)
    {
        var item = _heap[index];
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], item))
            {
                break;
            }

            Place(_heap[child], index);
            index = child;
        }

        Place(item, index);
    }

    private void Place(Activation activation, int index)
    {
        _heap[index] = activation;
        activation.HeapIndex = index;
    }
}
