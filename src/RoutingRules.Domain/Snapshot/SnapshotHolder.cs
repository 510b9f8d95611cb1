namespace RoutingRules.Domain.Snapshot;

/// <summary>
/// Publishes snapshots atomically: a reader gets either the old or the new instance, never a mix.
/// Writers are serialised so two concurrent patches cannot lose each other's change.
/// </summary>
public sealed class SnapshotHolder(ReferenceSnapshot initial) : ISnapshotSource
{
    private readonly Lock _writeLock = new();
    private ReferenceSnapshot _current = initial;

    public ReferenceSnapshot Current => Volatile.Read(ref _current);

    public void Publish(ReferenceSnapshot snapshot) => Volatile.Write(ref _current, snapshot);

    /// <summary>Applies <paramref name="change"/> to the current snapshot under the write lock and publishes the result.</summary>
    public ReferenceSnapshot Update(Func<ReferenceSnapshot, ReferenceSnapshot> change)
    {
        lock (_writeLock)
        {
            var next = change(Current);
            Publish(next);
            return next;
        }
    }
}
