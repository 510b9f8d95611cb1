namespace RoutingRules.Domain.Routing.Commit;

/// <summary>
/// The active decisions whose assignee is a queue, by queue name and lead id: reading one queue
/// costs its length, not the number of active decisions.
/// </summary>
internal sealed class WaitingLeads
{
    private readonly Dictionary<string, Dictionary<string, CommittedDecision>> _byQueue = new(StringComparer.Ordinal);

    public void Add(CommittedDecision decision)
    {
        if (decision.Decision.Assignee.QueueName is not { } queue)
        {
            return;
        }

        if (!_byQueue.TryGetValue(queue, out var leads))
        {
            leads = new Dictionary<string, CommittedDecision>(StringComparer.Ordinal);
            _byQueue[queue] = leads;
        }

        leads[decision.LeadId] = decision;
    }

    public void Remove(CommittedDecision decision)
    {
        if (decision.Decision.Assignee.QueueName is { } queue && _byQueue.TryGetValue(queue, out var leads))
        {
            leads.Remove(decision.LeadId);
        }
    }

    public IReadOnlyCollection<CommittedDecision> In(string queue) =>
        _byQueue.TryGetValue(queue, out var leads) ? leads.Values : [];

    public IEnumerable<string> Queues => _byQueue.Where(q => q.Value.Count > 0).Select(q => q.Key);
}
