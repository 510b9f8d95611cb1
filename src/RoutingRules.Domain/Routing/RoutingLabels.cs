using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Model;

namespace RoutingRules.Domain.Routing;

/// <summary>
/// The English words for a routing level and a distribution strategy in the one-sentence reason
/// every decision records ("at level customer owner", "round-robin distribution"): the labels of
/// the explanation catalogue, looked up once, so that the reason reads like the explanations.
/// </summary>
public static class RoutingLabels
{
    private static readonly string[] Levels = LabelsOf<RoutingLevel>("level");
    private static readonly string[] Strategies = LabelsOf<DistributionStrategy>("strategy");

    public static string Of(RoutingLevel level) => Levels[(int)level];

    public static string Of(DistributionStrategy strategy) => Strategies[(int)strategy];

    /// <summary>The small-deal pool's rotation, in place of the territory's strategy ("small-deal pool round-robin").</summary>
    public static string SmallDealPool { get; } = MessageCatalog.For("en").Label("pool", "SmallDeal");

    // Both enums number their values 0, 1, 2...: the label of value i is at index i.
    private static string[] LabelsOf<T>(string prefix)
        where T : struct, Enum
    {
        var english = MessageCatalog.For("en");
        return [.. Enum.GetValues<T>().Select(value => english.Label(prefix, value.ToString()))];
    }
}
