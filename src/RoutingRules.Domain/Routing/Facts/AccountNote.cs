namespace RoutingRules.Domain.Routing.Facts;

/// <summary>Something a rule concluded about the account that changes no owner (e.g. "churned long ago: treated as new").</summary>
public sealed class AccountNote(string accountId, string note)
{
    public string AccountId { get; } = accountId;
    public string Note { get; } = note;

    public override string ToString() => $"{AccountId}: {Note}";
}
