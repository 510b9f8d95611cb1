namespace RoutingRules.Domain.Explain;

/// <summary>A rendered explanation: one summary sentence and the ordered steps, in one locale for one audience.</summary>
public sealed record Explanation(string Summary, IReadOnlyList<ExplanationStep> Steps, ExplanationAudience Audience, string Locale)
{
    /// <summary>The summary and the steps, one per line, as the CLI prints them.</summary>
    public string ToText() => Summary + Environment.NewLine + string.Join(Environment.NewLine, Steps.Select((s, i) => $"{i + 1}. {s.Text}"));
}
