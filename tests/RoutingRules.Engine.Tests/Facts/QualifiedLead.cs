namespace RoutingRules.Engine.Tests.Facts;

public sealed record QualifiedLead(Lead Lead);
