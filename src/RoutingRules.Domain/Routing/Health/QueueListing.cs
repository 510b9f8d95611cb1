using RoutingRules.Domain.Policy;
using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>The leads waiting in one queue, best first (see <see cref="QueueOrder"/>), at most the requested number.</summary>
public sealed record QueueListing(QueueStatus Status, IReadOnlyList<CommittedDecision> Leads)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    /// <param name="waiting">Every active decision assigned to the queue, in any order.</param>
    public static QueueListing Rank(string queue, IReadOnlyCollection<CommittedDecision> waiting, QueuePolicy policy, int limit)
    {
        var ranked = waiting.Order(QueueOrder.Instance).Take(limit).ToList();
        return new QueueListing(QueueStatus.Of(queue, waiting.Count, policy), ranked);
    }
}
