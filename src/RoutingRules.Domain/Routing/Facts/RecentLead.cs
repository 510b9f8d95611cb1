namespace RoutingRules.Domain.Routing.Facts;

/// <summary>An earlier lead of an account (reference data or committed decision), for activity bursts.</summary>
public sealed class RecentLead(string leadId, string accountId, string? repId, DateTimeOffset at)
{
    public string LeadId { get; } = leadId;
    public string AccountId { get; } = accountId;
    public string? RepId { get; } = repId;
    public DateTimeOffset At { get; } = at;

    public override string ToString() => $"recent lead {LeadId} of {AccountId} -> {RepId ?? "queue"} at {At:O}";
}
