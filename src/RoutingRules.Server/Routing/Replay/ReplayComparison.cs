using RoutingRules.Server.Routing.Cli;
using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Routing.Replay;

/// <summary>How a replayed lead's dry run compares with the decision in force for it.</summary>
internal enum ReplayOutcome
{
    /// <summary>The same rep or queue.</summary>
    SameOwner,

    /// <summary>Another rep of the same territory at the same level: the distribution chose again, on workloads and cursors that have moved since.</summary>
    OtherRepSameTerritory,

    /// <summary>Another level, territory or kind of owner: what the rules or the policy changed.</summary>
    Changed,

    /// <summary>No decision in force to compare with: the lead was never routed there.</summary>
    NotRoutedBefore,

    /// <summary>The line could not be read as a lead, or the server refused the lead as INVALID_ARGUMENT: the file has to change.</summary>
    Invalid,

    /// <summary>A call failed for another reason than the lead (the server unreachable or unavailable, a wrong token).</summary>
    Failed,
}

/// <summary>Sorts a replayed lead by what its dry run would change.</summary>
internal static class ReplayComparison
{
    public static ReplayOutcome Compare(Proto.RouteLeadResponse actual, Proto.RouteLeadResponse replayed)
    {
        if (Owner(actual) == Owner(replayed))
        {
            return ReplayOutcome.SameOwner;
        }

        return actual.Level == replayed.Level && actual.Territory?.Id == replayed.Territory?.Id
            && actual.Assignee.KindCase == Proto.Assignee.KindOneofCase.Rep && replayed.Assignee.KindCase == Proto.Assignee.KindOneofCase.Rep
            ? ReplayOutcome.OtherRepSameTerritory
            : ReplayOutcome.Changed;
    }

    /// <summary>"Alice Martin (ae-paris-1), territory, Paris intra-muros" or "queue escalation, Escalation".</summary>
    public static string Describe(Proto.RouteLeadResponse decision)
    {
        var owner = decision.Assignee.KindCase == Proto.Assignee.KindOneofCase.Rep
            ? $"{decision.Assignee.Rep.Name} ({decision.Assignee.Rep.Id})"
            : $"queue {decision.Assignee.Queue}";
        var level = DecisionPrinter.Words(decision.Level.ToString());
        return decision.Territory is { } territory ? $"{owner}, {level}, {territory.Name}" : $"{owner}, {level}";
    }

    private static string Owner(Proto.RouteLeadResponse decision) =>
        decision.Assignee.KindCase == Proto.Assignee.KindOneofCase.Rep ? "rep:" + decision.Assignee.Rep.Id : "queue:" + decision.Assignee.Queue;
}
