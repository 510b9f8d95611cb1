using Proto = RoutingRules.V1;

namespace RoutingRules.Server.Explain;

/// <summary>Prints an ExplainRoute answer for a terminal: summary, numbered steps, then the decision history.</summary>
internal static class ExplanationPrinter
{
    public static void Print(Proto.ExplainRouteResponse response, TextWriter output)
    {
        output.WriteLine(response.Summary);
        for (var i = 0; i < response.Steps.Count; i++)
        {
            output.WriteLine($"  {i + 1}. {response.Steps[i].Text}");
        }

        if (response.History.Count > 1)
        {
            output.WriteLine("History:");
            foreach (var entry in response.History)
            {
                var who = entry.Assignee.Rep is { } rep ? $"{rep.Name} ({rep.Id})" : entry.Assignee.Queue is { Length: > 0 } queue ? "queue " + queue : "-";
                output.WriteLine($"  {entry.DecidedAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss}Z  {entry.DecisionId}  {entry.Level}  {who}");
            }
        }
    }
}
