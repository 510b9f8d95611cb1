namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ChurnedLongAgo")]
[Description("An account churned more than the treat-as-new window ago (default 12 months) is routed as a new account.")]
[Tag("accounts")]
[Priority(RuleBands.Claims)]
public sealed class ChurnedLongAgoRule : Rule
{
    public override void Define()
    {
        RoutingPolicy policy = null!;
        LeadProfile lead = null!;
        OwningAccount account = null!;

        When()
            .Match(() => policy)
            .Match(() => lead)
            .Match(() => account, a => a.IsChurned && a.MonthsSinceChurn(lead.Now) > policy.Accounts.ChurnTreatAsNewMonths);

        Then()
            .Yield(ctx => new AccountNote(account.Id, $"churned {account.MonthsSinceChurn(lead.Now)} months ago: treated as a new account"));
    }
}
