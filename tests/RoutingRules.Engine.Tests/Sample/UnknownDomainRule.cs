using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests.Sample;

[Name("Sample.UnknownDomain")]
[Description("A lead whose domain matches no account goes to the new-business queue.")]
[Tag("sample")]
public sealed class UnknownDomainRule : Rule
{
    public override void Define()
    {
        RoutingLog log = null!;
        Lead lead = null!;

        When()
            .Match(() => log)
            .Match(() => lead)
            .Not<Account>(a => a.Domain == lead.Domain);

        Then()
            .Do(ctx => log.Write($"{lead} -> new-business queue"));
    }
}
