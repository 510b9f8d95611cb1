using Microsoft.Extensions.DependencyInjection.Extensions;
using RoutingRules.Domain.Routing;
using RoutingRules.Grpc;
using RoutingRules.Rules;
using RoutingRules.Server.Explain;
using RoutingRules.Server.Security;

namespace RoutingRules.Server.Routing;

/// <summary>
/// <c>AddLeadRouting</c> registers the routing host and the LeadRouter service (the host must
/// also register an <see cref="ILeadRouter"/> and may register an <see cref="IRuleCatalog"/>);
/// <c>MapLeadRouter</c> maps the service behind the routing token guard (AssignLead behind the admin
/// token when the server has one). Start routing with
/// <see cref="LeadRoutingHost.Start"/> once the reference data is open.
/// </summary>
internal static class LeadRoutingRegistration
{
    public static IServiceCollection AddLeadRouting(this IServiceCollection services, LeadRoutingOptions? options = null)
    {
        services.AddSingleton(options ?? new LeadRoutingOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LeadRoutingHost>();
        services.AddSingleton(sp => new LeadRouterService(
            sp.GetRequiredService<LeadRoutingHost>(), sp.GetService<IRuleCatalog>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// <see cref="AddLeadRouting"/> with the product's rule set: compiled once, when the routing
    /// host starts (see <see cref="LeadRoutingHost.Start"/>), and shared by every request.
    /// </summary>
    public static IServiceCollection AddRuleBasedLeadRouting(this IServiceCollection services, LeadRoutingOptions? options = null)
    {
        services.AddSingleton(_ => RoutingRuleSet.Compile());
        services.AddSingleton<ILeadRouter>(sp => sp.GetRequiredService<RoutingRuleSet>().CreateRouter());
        services.AddSingleton<IRuleCatalog>(sp => new RuleSetCatalog(sp.GetRequiredService<RoutingRuleSet>()));
        return services.AddLeadRouting(options);
    }

    public static IEndpointConventionBuilder MapLeadRouter(this IEndpointRouteBuilder endpoints, BearerTokenGuard guard) =>
        endpoints.MapGrpcService(endpoints.ServiceProvider.GetRequiredService<LeadRouterService>().Definition(guard)
            .WithExplainRoute(endpoints.ServiceProvider, guard)
            .WithQueueHealth(endpoints.ServiceProvider, guard)
            .WithAcknowledgements(endpoints.ServiceProvider, guard)
            .WithOutcomes(endpoints.ServiceProvider, guard)
            .WithManualAssignments(endpoints.ServiceProvider, guard));
}
