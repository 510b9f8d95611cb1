using RoutingRules.Engine;

namespace RoutingRules.Benchmarks.Engine;

/// <summary>
/// The worst case for W3: like <see cref="GeneratedRule"/>, plus a condition whose constant is the
/// rule's own index, so every rule has at least one alpha test no other rule shares and the cold
/// start compiles one delegate per rule.
/// </summary>
public sealed class DistinctGeneratedRule(int index) : Rule($"Distinct.{index:D4}")
{
    public static int Fired;

    public override void Define()
    {
        var threshold = index % 10 * 10;
        var domain = $"d{index % 50}";
        var excluded = -1 - index;
        WorkloadW.Lead lead = null!;
        WorkloadW.Account account = null!;
        When()
            .Match(() => lead, l => l.Score > threshold, l => l.Domain == domain, l => l.Id != excluded)
            .Match(() => account, a => a.Domain == lead.Domain);
        Then()
            .Do(ctx => Count());
    }

    private static void Count() => Fired++;
}
