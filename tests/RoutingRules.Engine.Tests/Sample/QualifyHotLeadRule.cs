using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests.Sample;

[Name("Sample.QualifyHotLead")]
[Description("A lead scoring above 80 is qualified.")]
[Tag("sample")]
[Priority(10)]
[Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class QualifyHotLeadRule : Rule
{
    public override void Define()
    {
        Lead lead = null!;

        When()
            .Match(() => lead, l => l.Score > 80);

        Then()
            .Yield(ctx => new QualifiedLead(lead));
    }
}
