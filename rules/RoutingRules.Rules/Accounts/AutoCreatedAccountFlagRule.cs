namespace RoutingRules.Rules.Accounts;

[Name("Accounts.AutoCreatedAccountFlag")]
[Description("A lead that created an account is flagged 'auto-created account', whether the account has an owner or none of its domain's leads went to a rep.")]
[Tag("accounts")]
[Priority(RuleBands.Flags)]
public sealed class AutoCreatedAccountFlagRule : Rule
{
    public override void Define()
    {
        CreatedAccount created = null!;

        // Apart from the owner's claim: an account created without an owner has no claim to carry it.
        When()
            .Match(() => created);

        Then()
            .Yield(ctx => new DecisionFlag(RoutingFlags.AutoCreatedAccount, created.Reason, null));
    }
}
