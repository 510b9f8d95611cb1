using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests.Sample;

[Name("Sample.KnownAccount")]
[Description("A lead from the domain of a known account belongs to that account's owner.")]
[Tag("sample")]
[Tag("accounts")]
public sealed class KnownAccountRule : Rule
{
    public override void Define()
    {
        RoutingLog log = null!;
        Lead lead = null!;
        Account account = null!;

        When()
            .Match(() => log)
            .Match(() => lead)
            .Match(() => account, a => a.Domain == lead.Domain);

        Then()
            .Do(ctx => log.Write($"{lead} -> owner of {account}"));
    }
}
