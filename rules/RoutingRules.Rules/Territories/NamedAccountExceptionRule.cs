namespace RoutingRules.Rules.Territories;

[Name("Territories.NamedAccountException")]
[Description("A territory never takes an account it lists as a named-account exception.")]
[Tag("territories")]
[Priority(RuleBands.TerritoryExceptions)]
public sealed class NamedAccountExceptionRule : Rule
{
    public override void Define()
    {
        OwningAccount account = null!;
        TerritoryMatch territory = null!;

        When()
            .Match(() => account)
            .Match(() => territory, t => t.Excepts(account.Id));

        Then()
            .Do(ctx => ctx.Retract(territory));
    }
}
