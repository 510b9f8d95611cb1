namespace RoutingRules.Domain.Explain;

/// <summary>The treatment that won (intent x fit table or an override) and the rule that set it.</summary>
public sealed record TraceTreatment(string Treatment, string Reason, string? Rule);
