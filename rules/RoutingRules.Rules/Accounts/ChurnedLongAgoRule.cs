using System.Globalization;

namespace RoutingRules.Rules.Accounts;

[Name("Accounts.ChurnedLongAgo")]
[Description("An account churned more than the treat-as-new window ago (default 12 months, by calendar date: from 12 months and a day) is routed as a new account.")]
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
            .Match(() => account, a => a.IsChurned && a.ChurnedMoreThan(lead.Now, policy.Accounts.ChurnTreatAsNewMonths));

        Then()
            .Yield(ctx => Note(account, policy));
    }

    // Whole months would read "churned 12 months ago" for up to 30 days past the window: the date says it exactly.
    private static AccountNote Note(OwningAccount account, RoutingPolicy policy) =>
        new(account.Id, string.Create(CultureInfo.InvariantCulture,
            $"churned on {account.Account.ChurnedOn:yyyy-MM-dd}, more than {policy.Accounts.ChurnTreatAsNewMonths} months ago: treated as a new account"));
}
