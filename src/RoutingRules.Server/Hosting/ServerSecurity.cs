using RoutingRules.Server.Security;

namespace RoutingRules.Server.Hosting;

/// <summary>The token guards of the two API families; routing services take <see cref="Routing"/>.</summary>
internal sealed record ServerSecurity(BearerTokenGuard Admin, BearerTokenGuard Routing);
