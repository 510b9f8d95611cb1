namespace RoutingRules.Domain.Routing;

/// <summary>The intent x fit treatment (DOMAIN.md §5).</summary>
public enum Treatment
{
    SeniorAeImmediate,
    SdrQualification,
    SdrAccelerated,
    MarketingNurture,
    NurtureWithMonitoring,
    Disqualify,
}
