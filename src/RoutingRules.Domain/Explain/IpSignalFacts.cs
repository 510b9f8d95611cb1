using RoutingRules.Domain.Routing;

namespace RoutingRules.Domain.Explain;

/// <summary>
/// Reads the IP-network signals back from a trace's firings: the one that corroborated the matched
/// account's name, and those that only flagged the decision. Found by the facts a firing matched
/// and inserted, not by rule names, so renamed rules keep their explanation.
/// </summary>
internal static class IpSignalFacts
{
    private const string Signal = "IpAccountSignal";

    /// <summary>The office network that turned a weak name match of <paramref name="accountId"/> into a match, if one did.</summary>
    public static string? CorroboratingRange(TraceDetails details, string accountId)
    {
        foreach (var firing in details.Firings)
        {
            if (details.FactsAt(firing.Inserted).Any(f => f.Type == "MatchedAccount" && f["account"] == accountId) &&
                details.FactsAt(firing.Matched).FirstOrDefault(f => f.Type == Signal && f["account"] == accountId) is { } signal)
            {
                return signal["range"];
            }
        }

        return null;
    }

    /// <summary>The accounts (name and range) whose network holds the lead's IP address but that the lead was not attributed to.</summary>
    public static List<(string Name, string Range)> Flagged(TraceDetails details)
    {
        var flagged = new List<(string Name, string Range)>();
        var flag = RoutingFlags.IpNetworkAccount.ToString();
        foreach (var firing in details.Firings)
        {
            if (details.FactsAt(firing.Inserted).Any(f => f.Type == "DecisionFlag" && f["flag"] == flag))
            {
                foreach (var signal in details.FactsAt(firing.Matched).Where(f => f.Type == Signal))
                {
                    flagged.Add((signal["name"] ?? signal["account"] ?? "?", signal["range"] ?? "?"));
                }
            }
        }

        return flagged;
    }
}
