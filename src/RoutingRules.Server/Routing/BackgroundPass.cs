namespace RoutingRules.Server.Routing;

/// <summary>
/// A pass the routing host runs on a timer of its own (SLA escalation, trace retention): one
/// pass on demand (<see cref="RunOnceAsync"/>, which logs failures and never throws) or a loop
/// started with <see cref="Start"/> and stopped with the host, cancelling its wait and the pass
/// under way.
/// </summary>
internal abstract class BackgroundPass(ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public void Start() => _loop = Task.Run(() => LoopAsync(_stop.Token));

    /// <summary>One pass now; returns how many items it handled. Failures are logged, never thrown.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await RunAsync(cancellationToken).ConfigureAwait(false);
            if (count > 0)
            {
                LogDone(logger, count);
            }

            return count;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "{Pass} failed; the next one tries again.", Name);
            return 0;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The loop only ends by cancellation; anything else was logged by RunOnceAsync.
        }

        _stop.Dispose();
    }

    /// <summary>What the logs call the pass.</summary>
    protected abstract string Name { get; }

    /// <summary>The pass itself; returns how many items it handled.</summary>
    protected abstract Task<int> RunAsync(CancellationToken cancellationToken);

    /// <summary>Logs a pass that handled <paramref name="count"/> items (more than none).</summary>
    protected abstract void LogDone(ILogger log, int count);

    /// <summary>Calls <see cref="RunOnceAsync"/> on the pass's schedule until <paramref name="stop"/> is cancelled.</summary>
    protected abstract Task LoopAsync(CancellationToken stop);
}
