using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests.Sample;

[Name("Sample.CrowdedDomain")]
[Description("Three or more leads from one domain are flagged for account-based handling.")]
[Tag("sample")]
public sealed class CrowdedDomainRule : Rule
{
    public override void Define()
    {
        RoutingLog log = null!;
        IGrouping<string, Lead> leads = null!;

        When()
            .Match(() => log)
            .Query(() => leads, q => q
                .Match<Lead>()
                .GroupBy(l => l.Domain)
                .Where(g => g.Count() >= 3));

        Then()
            .Do(ctx => log.Write($"{leads.Key} crowded ({leads.Count()} leads)"));
    }
}
