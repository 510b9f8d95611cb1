namespace RoutingRules.Rules.Matching;

[Name("Matching.RecordUnknownDomain")]
[Description("A lead of an unknown corporate domain is counted, so that repeated leads create an account.")]
[Tag("matching")]
[Priority(RuleBands.UnknownDomain - 1)]
public sealed class RecordUnknownDomainRule : Rule
{
    public override void Define()
    {
        UnknownDomainSighting sighting = null!;

        When()
            .Match(() => sighting)
            .Not<MatchedAccount>()
            .Not<CreatedAccount>();

        Then()
            .Yield(ctx => new DomainSighted(sighting.Domain));
    }
}
