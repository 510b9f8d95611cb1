namespace RoutingRules.Server.Routing.Replay;

/// <summary>The closing lines of <c>routingrules replay</c>: how many leads fell in each outcome.</summary>
internal static class ReplayReport
{
    public static void Summary(IReadOnlyDictionary<ReplayOutcome, int> counts, Uri candidate, Uri actual, TextWriter output)
    {
        var total = counts.Values.Sum();
        output.WriteLine(candidate == actual
            ? $"replayed {total} {(total == 1 ? "lead" : "leads")} on {candidate} (dry runs, nothing recorded)"
            : $"replayed {total} {(total == 1 ? "lead" : "leads")} on {candidate} against the decisions of {actual} (dry runs, nothing recorded)");
        Line(output, "same owner", counts, ReplayOutcome.SameOwner, null);
        Line(output, "other rep, same territory", counts, ReplayOutcome.OtherRepSameTerritory, "the distribution chose again: workloads and cursors have moved since");
        Line(output, "changed", counts, ReplayOutcome.Changed, "another level, territory or queue: listed above");
        Line(output, "not routed before", counts, ReplayOutcome.NotRoutedBefore, null);
        Line(output, "failed", counts, ReplayOutcome.Failed, "unreadable lines or refused leads: listed above");
    }

    private static void Line(TextWriter output, string label, IReadOnlyDictionary<ReplayOutcome, int> counts, ReplayOutcome outcome, string? note)
    {
        var count = counts.GetValueOrDefault(outcome);
        output.WriteLine($"  {label,-28} {count,6}" + (note is not null && count > 0 ? "  (" + note + ")" : string.Empty));
    }
}
