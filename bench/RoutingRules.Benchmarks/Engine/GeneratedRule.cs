using RoutingRules.Engine;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// One of W3's generated rules: a lead above a threshold from one of 50 domains, joined with its
/// account. Thresholds repeat every 10 rules, so alpha tests are shared as in real rule sets.
/// </summary>
public sealed class GeneratedRule(int index) : Rule($"Generated.{index:D4}")
{
    public static int Fired;

    public override void Define()
    {
        var threshold = index % 10 * 10;
        var domain = $"d{index % 50}";
        WorkloadW.Lead lead = null!;
        WorkloadW.Account account = null!;
        When()
            .Match(() => lead, l => l.Score > threshold, l => l.Domain == domain)
            .Match(() => account, a => a.Domain == lead.Domain);
        Then()
            .Do(ctx => Count());
    }

    private static void Count() => Fired++;
}
