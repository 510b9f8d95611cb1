namespace RoutingRules.Domain.Snapshot;

/// <summary>Hands out the current reference snapshot; readers keep the instance they got for a whole request.</summary>
public interface ISnapshotSource
{
    ReferenceSnapshot Current { get; }
}
