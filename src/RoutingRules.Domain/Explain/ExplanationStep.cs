namespace RoutingRules.Domain.Explain;

/// <summary>One human-readable step of an explanation; <see cref="Key"/> is the catalogue message it came from.</summary>
public sealed record ExplanationStep(string Key, string Text);
