using RoutingRules.Grpc;
using RoutingRules.Server.Admin;
using RoutingRules.Server.Routing;
using RoutingRules.Server.Security;

namespace RoutingRules.Server.Hosting;

/// <summary>
/// The one place where the server's services are registered and mapped. A new gRPC service adds
/// its registrations to <see cref="AddRoutingRulesServer"/> and its <c>MapGrpcService</c> call to
/// <see cref="MapRoutingRulesServices"/>; it reads data through <see cref="ReferenceDataHost"/>
/// and checks callers with a guard of <see cref="ServerSecurity"/>.
/// </summary>
internal static class ServerServices
{
    public static IServiceCollection AddRoutingRulesServer(this IServiceCollection services, ServerHostOptions options)
    {
        services.AddGrpcLayer();
        services.AddSingleton(options);
        services.AddSingleton(new ServerSecurity(new BearerTokenGuard(options.AdminToken), new BearerTokenGuard(options.RoutingToken)));
        services.AddSingleton<ReferenceDataHost>();
        if (options.Clock is { } clock)
        {
            services.AddSingleton(clock);
        }

        services.AddRuleBasedLeadRouting(new LeadRoutingOptions { TraceRetention = options.TraceRetention, InMemoryPeriod = options.InMemoryPeriod });
        return services;
    }

    public static WebApplication MapRoutingRulesServices(this WebApplication app)
    {
        var data = app.Services.GetRequiredService<ReferenceDataHost>();
        var security = app.Services.GetRequiredService<ServerSecurity>();
        app.MapGrpcService(RoutingAdminService.Create(data, security.Admin, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RoutingRules.Server.Admin")));
        app.MapLeadRouter(security.Routing);
        app.MapGrpcHealth();
        app.MapGrpcReflection();
        return app;
    }
}
