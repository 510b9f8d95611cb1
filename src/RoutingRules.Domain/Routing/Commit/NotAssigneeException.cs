namespace RoutingRules.Domain.Routing.Commit;

/// <summary>An acknowledgement named a rep who does not hold the lead: the decision in force is assigned to <see cref="Holder"/>.</summary>
public sealed class NotAssigneeException(string leadId, string repId, Assignee holder)
    : Exception(holder.RepId is { } holderId
        ? $"Lead '{leadId}' is assigned to {holder.RepName} ({holderId}), not to '{repId}'."
        : $"Lead '{leadId}' is waiting in the queue '{holder.QueueName}', not assigned to '{repId}'.")
{
    public string LeadId { get; } = leadId;
    public string RepId { get; } = repId;
    public Assignee Holder { get; } = holder;
}
