using RoutingRules.Domain.Routing.Commit;

namespace RoutingRules.Domain.Routing.Health;

/// <summary>
/// The order reps take leads from a queue (DOMAIN.md §6, "ranked by lead score"): highest score
/// first, leads without a score after every scored one, then the longest waiting; the commit
/// sequence breaks ties between decisions of the same instant. Leads someone already took up
/// (acknowledged, docs/escalation.md) come after every lead still waiting, in the same order.
/// </summary>
public sealed class QueueOrder : IComparer<CommittedDecision>
{
    public static QueueOrder Instance { get; } = new();

    public int Compare(CommittedDecision? x, CommittedDecision? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var takenUp = (x.AcknowledgedAt is not null).CompareTo(y.AcknowledgedAt is not null);
        if (takenUp != 0)
        {
            return takenUp;
        }

        var (a, b) = (x.Decision.LeadScore, y.Decision.LeadScore);
        if (a != b)
        {
            return a is null ? 1 : b is null ? -1 : b.Value.CompareTo(a.Value);
        }

        var byTime = x.DecidedAt.CompareTo(y.DecidedAt);
        return byTime != 0 ? byTime : x.Sequence.CompareTo(y.Sequence);
    }
}
