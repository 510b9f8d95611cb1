using RoutingRules.Server.Cli;

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
        Line(output, "invalid", counts, ReplayOutcome.Invalid, "unreadable lines or leads refused as invalid: listed above");
        Line(output, "failed", counts, ReplayOutcome.Failed, "calls that failed: listed above");
    }

    /// <summary>
    /// A call that failed makes the run incomplete, whatever else happened (<see cref="CliErrors.CallFailed"/>);
    /// otherwise an unreadable or refused lead means the file has to change (<see cref="CliErrors.BadInput"/>).
    /// </summary>
    public static int ExitCode(IReadOnlyDictionary<ReplayOutcome, int> counts) =>
        counts.GetValueOrDefault(ReplayOutcome.Failed) > 0 ? CliErrors.CallFailed
        : counts.GetValueOrDefault(ReplayOutcome.Invalid) > 0 ? CliErrors.BadInput
        : 0;

    private static void Line(TextWriter output, string label, IReadOnlyDictionary<ReplayOutcome, int> counts, ReplayOutcome outcome, string? note)
    {
        var count = counts.GetValueOrDefault(outcome);
        output.WriteLine($"  {label,-28} {count,6}" + (note is not null && count > 0 ? "  (" + note + ")" : string.Empty));
    }
}
