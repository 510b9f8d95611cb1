namespace RoutingRules.Domain.Routing.Commit;

/// <summary>The decision could not be made durable; nothing of it was acknowledged or kept.</summary>
public sealed class CommitFailedException : Exception
{
    public CommitFailedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
