namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The leads waiting for the routing thread. The thread blocks on a monitor when the queue is
/// empty and is woken by the next lead; unlike blocking on a channel's task, it does not spin
/// (sched_yield) first, which on two busy cores took time from the threads doing the work.
/// </summary>
internal sealed class RoutingQueue
{
    private readonly object _sync = new();
    private readonly Queue<RoutingWork> _waiting = new();
    private bool _readerAsleep;
    private bool _completed;

    /// <summary>Queues a lead; false once <see cref="Complete"/> was called.</summary>
    public bool TryAdd(RoutingWork work)
    {
        lock (_sync)
        {
            if (_completed)
            {
                return false;
            }

            _waiting.Enqueue(work);
            if (_readerAsleep)
            {
                _readerAsleep = false;
                Monitor.Pulse(_sync);
            }

            return true;
        }
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> queued leads to <paramref name="into"/>; when none is
    /// queued, waits for one if <paramref name="wait"/>. False when it took none (the queue is
    /// empty and, if waiting, completed).
    /// </summary>
    public bool Take(List<RoutingWork> into, int max, bool wait)
    {
        lock (_sync)
        {
            while (_waiting.Count == 0)
            {
                if (_completed || !wait)
                {
                    return false;
                }

                _readerAsleep = true;
                Monitor.Wait(_sync);
            }

            while (into.Count < max && _waiting.TryDequeue(out var work))
            {
                into.Add(work);
            }

            return true;
        }
    }

    /// <summary>Refuses new leads; the ones queued are still taken.</summary>
    public void Complete()
    {
        lock (_sync)
        {
            _completed = true;
            Monitor.PulseAll(_sync);
        }
    }
}
