using RoutingRules.Engine.Tests.Facts;

namespace RoutingRules.Engine.Tests.Sample;

[Name("Sample.FastTrack")]
[Description("Qualified leads get the fast-track treatment, after everything else is decided.")]
[Tag("sample")]
[Priority(-5)]
public sealed class FastTrackRule : Rule
{
    public override void Define()
    {
        RoutingLog log = null!;
        QualifiedLead qualified = null!;

        When()
            .Match(() => log)
            .Match(() => qualified);

        Then()
            .Do(ctx => log.Write($"{qualified.Lead} -> fast track"));
    }
}
