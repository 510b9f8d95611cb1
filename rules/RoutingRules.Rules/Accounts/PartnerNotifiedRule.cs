namespace RoutingRules.Rules.Accounts;

[Name("Accounts.PartnerNotified")]
[Description("An account sourced directly with a partner involved: the lead takes its usual route, whichever level takes it, and its partner manager is told.")]
[Tag("accounts")]
[Priority(RuleBands.Flags)]
public sealed class PartnerNotifiedRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        RepProfile manager = null!;

        // After the decision's owner is known: a partner manager who got the lead anyway needs no telling.
        When()
            .Match(() => account, a => a.IsDirectWithPartner)
            .Match(() => manager, r => r.Id == account.Account.PartnerManagerId)
            .Not<Assignment>(a => a.Assignee.RepId == manager.Id);

        Then()
            .Yield(ctx => new PartnerNotification(account, manager))
            .Yield(ctx => PartnerNotification.Flag(account, manager));
    }
}
